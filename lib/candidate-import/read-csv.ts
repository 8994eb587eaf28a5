import "server-only";
import { createHash } from "node:crypto";
import Papa from "papaparse";
import { maxImportRows } from "./schemas";
import { notCsvMessage, notUtf8Message } from "./text-check";

// Reads an uploaded CSV as it arrives (papaparse's Node stream), never holding the raw file: the
// header row, each data row's cells with its line number, and the SHA-256 of the bytes (the same
// file uploaded again is recognised). Blank lines are skipped but still counted, so a line number
// is the one a spreadsheet shows. Reports progress every `progressEvery` rows. A line longer than
// `maxLineBytes` is refused before the parser sees it, and a row with more than `maxRowCells`
// cells as soon as it is read: no candidate's row is that long, and such a file (one 19 MB line,
// say) would otherwise make the parser hold hundreds of MB.

export const maxImportBytes = 20 * 1024 * 1024;
export const maxLineBytes = 64 * 1024;
export const maxRowCells = 200;

export class CsvRefusal extends Error {}

export type ReadCsv = { headers: string[]; rows: { lineNumber: number; cells: string[] }[]; sha256: string; bytes: number };

export async function readCsv(
  body: ReadableStream<Uint8Array>,
  options: {
    onProgress?: (rowsRead: number) => void;
    progressEvery?: number;
    limitBytes?: number;
    maxRows?: number;
    maxLineBytes?: number;
    maxCells?: number;
  } = {},
): Promise<ReadCsv> {
  const limitBytes = options.limitBytes ?? maxImportBytes;
  const maxRows = options.maxRows ?? maxImportRows;
  const lineLimit = options.maxLineBytes ?? maxLineBytes;
  const maxCells = options.maxCells ?? maxRowCells;
  const progressEvery = options.progressEvery ?? 1000;
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  let headers: string[] | null = null;
  const rows: ReadCsv["rows"] = [];
  let line = 0;
  let refusal: CsvRefusal | null = null;

  const done = new Promise<void>((resolve, reject) => {
    parser.on("data", (cells: string[]) => {
      line += 1;
      if (refusal) return;
      if (cells.length > maxCells) {
        refusal = new CsvRefusal(
          `Line ${line} has ${cells.length.toLocaleString("en-GB")} cells: a row may have at most ${maxCells}. Check the file is the CSV of candidates exported from your student records system.`,
        );
        return;
      }
      if (headers === null) {
        headers = cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, "") : cell).trim());
        return;
      }
      if (cells.every((cell) => cell.trim() === "")) return;
      if (rows.length >= maxRows) {
        refusal = new CsvRefusal(`A file may hold at most ${maxRows.toLocaleString("en-GB")} candidates: split it into smaller files.`);
        return;
      }
      rows.push({ lineNumber: line, cells });
      if (rows.length % progressEvery === 0) options.onProgress?.(rows.length);
    });
    parser.on("end", () => resolve());
    parser.on("error", reject);
  });

  let bytes = 0;
  // Bytes since the last line break (CR or LF; one inside quotes counts too) and the breaks so far.
  let lineBytes = 0;
  let breaks = 0;
  let afterCr = false;
  const reader = body.getReader();
  // A refusal reads (and discards) the rest of the upload before it is answered, up to twice the
  // size limit: a browser still sending sees an answer it can show, not a dropped connection.
  const refuse = async (message: string): Promise<never> => {
    parser.destroy();
    try {
      let drained = bytes;
      while (drained <= 2 * limitBytes) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        drained += value.byteLength;
      }
    } catch {
      // The sender went away: nothing left to answer.
    }
    await reader.cancel().catch(() => undefined);
    throw new CsvRefusal(message);
  };
  for (;;) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    bytes += value.byteLength;
    if (bytes > limitBytes) {
      await refuse(`The file is larger than ${Math.round(limitBytes / 1024 / 1024)} MB: split it into smaller files.`);
    }
    if (value.includes(0)) await refuse(notCsvMessage);
    for (let at = 0; at < value.length; at += 1) {
      const byte = value[at];
      if (byte === 0x0a) {
        if (!afterCr) breaks += 1;
        lineBytes = 0;
        afterCr = false;
      } else if (byte === 0x0d) {
        breaks += 1;
        lineBytes = 0;
        afterCr = true;
      } else {
        afterCr = false;
        lineBytes += 1;
        if (lineBytes > lineLimit) {
          await refuse(
            `Line ${breaks + 1} is longer than ${Math.round(lineLimit / 1024)} KB: no candidate's row is that long. Check the file is the CSV of candidates exported from your student records system.`,
          );
        }
      }
    }
    hash.update(value);
    let text: string;
    try {
      text = decoder.decode(value, { stream: true });
    } catch {
      text = await refuse(notUtf8Message);
    }
    if (text !== "" && !parser.write(text)) await new Promise((resolve) => parser.once("drain", resolve));
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    rest = await refuse(notUtf8Message);
  }
  if (rest !== "") parser.write(rest);
  parser.end();
  await done;
  if (refusal) throw refusal;
  if (headers === null || (headers as string[]).every((header) => header === "")) {
    throw new CsvRefusal("The file is empty: it needs a header row, then one row per candidate.");
  }
  return { headers, rows, sha256: hash.digest("hex"), bytes };
}
