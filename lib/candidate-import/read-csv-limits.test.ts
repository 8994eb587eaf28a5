import { describe, expect, it } from "vitest";
import { CsvRefusal, maxRowCells, readCsv } from "./read-csv";
import { notCsvMessage, notUtf8Message, textRefusal } from "./text-check";

// A file that is not a list of candidates (one huge line, a row of thousands of cells) is refused
// as it arrives, with a message for the admin, before the parser holds it: a 19 MB single line
// once grew the server's memory by 180-370 MB.

function streamOf(chunks: () => Generator<Uint8Array>): ReadableStream<Uint8Array> {
  const it = chunks();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

const encode = (text: string) => new TextEncoder().encode(text);

function stream(text: string, pieceSize = 7): ReadableStream<Uint8Array> {
  const bytes = encode(text);
  return streamOf(function* () {
    for (let at = 0; at < bytes.length; at += pieceSize) yield bytes.slice(at, at + pieceSize);
  });
}

describe("readCsv line and cell limits", () => {
  it("refuses a 19 MB line of cells before holding them, saying which line", async () => {
    const chunk = encode("a,".repeat(512 * 1024));
    let chunksRead = 0;
    const body = streamOf(function* () {
      yield encode("Name\n");
      for (let i = 0; i < 19; i += 1) {
        chunksRead += 1;
        yield chunk;
      }
    });
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    try {
      await expect(readCsv(body)).rejects.toThrow(
        new CsvRefusal(
          "Line 2 is longer than 64 KB: no candidate's row is that long. Check the file is the CSV of candidates exported from your student records system.",
        ),
      );
    } finally {
      clearInterval(timer);
    }
    // Refused on the first megabyte; the rest is read and discarded (never parsed) so the browser,
    // still sending, gets the answer.
    expect(chunksRead).toBe(19);
    // A generous bound (garbage collection makes heap figures noisy): the unbounded reader grew by 180-370 MB.
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });

  it("refuses a row with more cells than any import has columns", async () => {
    const row = Array.from({ length: maxRowCells + 1 }, (_, index) => `c${index}`).join(",");
    await expect(readCsv(stream(`Name,ULN\n${row}\n`))).rejects.toThrow(`Line 2 has 201 cells: a row may have at most ${maxRowCells}.`);
    await expect(readCsv(stream(`${row}\nAda\n`))).rejects.toThrow("Line 1 has 201 cells");
  });

  it("reads rows up to the limits, with quoted line breaks and CRLF, and counts lines the way the parser does", async () => {
    const wide = Array.from({ length: maxRowCells }, () => "x").join(",");
    const long = `"${"y".repeat(60 * 1024)}"`;
    const csv = await readCsv(stream(`Name,Notes\r\nAda,"two\r\nlines"\r\n${wide}\r\n${long},z\r\n`, 4096));
    expect(csv.rows.map((row) => row.cells.length)).toEqual([2, maxRowCells, 2]);
    expect(csv.rows[0]?.cells[1]).toBe("two\r\nlines");
  });

  it("counts a line's length from the last break, across chunks and with old Mac line endings", async () => {
    const line = "z".repeat(40 * 1024);
    // Three 40 KB lines: each under the limit, together far over it.
    await expect(readCsv(stream(`Name\r${line}\r${line}\r${line}\r`, 1000))).resolves.toMatchObject({ rows: { length: 3 } });
    await expect(readCsv(stream(`Name\n${line}\n${line}${line}\n`, 1000))).rejects.toThrow("Line 3 is longer than 64 KB");
    await expect(readCsv(stream(`Name\n${"w".repeat(3000)}\n`), { maxLineBytes: 2048 })).rejects.toThrow("Line 2 is longer than 2 KB");
  });

  it("after refusing a 5 MB line, reads the rest of the upload before answering, so the browser sees the refusal, not a dropped connection", async () => {
    let sent = 0;
    let finished = false;
    const body = streamOf(function* () {
      yield encode("Name,Employer\n");
      for (let piece = 0; piece < 80; piece += 1) {
        sent += 1;
        yield encode("x".repeat(64 * 1024));
      }
      yield encode("\nTom,Acme\n");
      finished = true;
    });
    await expect(readCsv(body)).rejects.toThrow(/^Line 2 is longer than 64 KB: no candidate's row is that long/);
    expect(sent).toBe(80);
    expect(finished).toBe(true);
  });

  it("stops reading a refused upload at twice the size limit", async () => {
    let sent = 0;
    const body = streamOf(function* () {
      for (;;) {
        sent += 1;
        yield encode("a\n".repeat(512));
      }
    });
    await expect(readCsv(body, { limitBytes: 10 * 1024 })).rejects.toThrow("larger than");
    expect(sent).toBeLessThan(30);
  });

  it("refuses a file with NUL bytes (not a CSV) and one that is not UTF-8 text, in the browser's check too", async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x0a]);
    await expect(
      readCsv(
        streamOf(function* () {
          yield binary;
        }),
      ),
    ).rejects.toThrow(notCsvMessage);
    const latin1 = new Uint8Array([...encode("Name\nZo"), 0xeb, ...encode("\n")]);
    await expect(
      readCsv(
        streamOf(function* () {
          yield latin1;
        }),
      ),
    ).rejects.toThrow(notUtf8Message);
    expect(textRefusal(binary, false)).toBe(notCsvMessage);
    expect(textRefusal(latin1, false)).toBe(notUtf8Message);
    expect(textRefusal(encode("Name\nZoë\n"), false)).toBeNull();
    // A first slice cut in the middle of "ë" is still text: the rest of the character follows.
    expect(textRefusal(encode("Name\nZoë").slice(0, -1), true)).toBeNull();
  });
});
