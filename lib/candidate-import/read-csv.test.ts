import { describe, expect, it } from "vitest";
import { CsvRefusal, readCsv } from "./read-csv";

function stream(text: string, pieceSize = 5): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += pieceSize) controller.enqueue(bytes.slice(at, at + pieceSize));
      controller.close();
    },
  });
}

describe("reading a CSV as it arrives", () => {
  it("gives the headers, each row with its line number (blank lines skipped but counted), quoted commas, a BOM and accents", async () => {
    const progress: number[] = [];
    const csv = await readCsv(stream('\uFEFFName,Employer\r\nZoë Brontë,"Acme, Ltd"\r\n\r\nTom Reid,"Says ""hi"""\r\n'), {
      onProgress: (rows) => progress.push(rows),
      progressEvery: 1,
    });
    expect(csv.headers).toEqual(["Name", "Employer"]);
    expect(csv.rows).toEqual([
      { lineNumber: 2, cells: ["Zoë Brontë", "Acme, Ltd"] },
      { lineNumber: 4, cells: ["Tom Reid", 'Says "hi"'] },
    ]);
    expect(progress).toEqual([1, 2]);
    expect(csv.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same SHA-256 for the same bytes however they arrive", async () => {
    const text = "Name\nA\nB\n";
    expect((await readCsv(stream(text, 1))).sha256).toBe((await readCsv(stream(text, 100))).sha256);
  });

  it("refuses an empty file, one too large and one with too many rows", async () => {
    await expect(readCsv(stream(""))).rejects.toThrow(CsvRefusal);
    await expect(readCsv(stream("Name\nA\n"), { limitBytes: 4 })).rejects.toThrow("larger than");
    await expect(readCsv(stream("Name\nA\nB\nC\n"), { maxRows: 2 })).rejects.toThrow("at most 2 candidates");
  });
});
