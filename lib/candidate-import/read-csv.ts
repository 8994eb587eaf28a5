import "server-only";
import { createHash } from "node:crypto";
import Papa from "papaparse";
import { maxImportRows } from "./schemas";

// Reads an uploaded CSV as it arrives (papaparse's Node stream), never holding the raw file: the
// header row, each data row's cells with its line number, and the SHA-256 of the bytes (the same
// file uploaded again is recognised). Blank lines are skipped but still counted, so a line number
// is the one a spreadsheet shows. Reports progress every `progressEvery` rows.

export const maxImportBytes = 20 * 1024 * 1024;

export class CsvRefusal extends Error {}

export type ReadCsv = { headers: string[]; rows: { lineNumber: number; cells: string[] }[]; sha256: string; bytes: number };

export async function readCsv(
  body: ReadableStream<Uint8Array>,
  options: { onProgress?: (rowsRead: number) => void; progressEvery?: number; limitBytes?: number; maxRows?: number } = {},
): Promise<ReadCsv> {
  const limitBytes = options.limitBytes ?? maxImportBytes;
  const maxRows = options.maxRows ?? maxImportRows;
  const progressEvery = options.progressEvery ?? 1000;
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8");
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  let headers: string[] | null = null;
  const rows: ReadCsv["rows"] = [];
  let line = 0;
  let refusal: CsvRefusal | null = null;

  const done = new Promise<void>((resolve, reject) => {
    parser.on("data", (cells: string[]) => {
      line += 1;
      if (refusal) return;
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
  const reader = body.getReader();
  for (;;) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    bytes += value.byteLength;
    if (bytes > limitBytes) {
      await reader.cancel().catch(() => undefined);
      parser.destroy();
      throw new CsvRefusal(`The file is larger than ${Math.round(limitBytes / 1024 / 1024)} MB: split it into smaller files.`);
    }
    hash.update(value);
    const text = decoder.decode(value, { stream: true });
    if (text !== "" && !parser.write(text)) await new Promise((resolve) => parser.once("drain", resolve));
  }
  const rest = decoder.decode();
  if (rest !== "") parser.write(rest);
  parser.end();
  await done;
  if (refusal) throw refusal;
  if (headers === null || (headers as string[]).every((header) => header === "")) {
    throw new CsvRefusal("The file is empty: it needs a header row, then one row per candidate.");
  }
  return { headers, rows, sha256: hash.digest("hex"), bytes };
}
