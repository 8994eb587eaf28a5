import { describe, expect, it } from "vitest";
import { formatTable, jpegPayload, targetVerdicts, type Figure } from "./figures";

/** Walks the JPEG's segments from SOI to EOI; throws where the structure is broken. */
function segments(jpeg: Buffer): string[] {
  expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  const found: string[] = [];
  let at = 2;
  while (at < jpeg.length) {
    expect(jpeg[at]).toBe(0xff);
    const marker = jpeg[at + 1]!;
    if (marker === 0xd9) {
      found.push("EOI");
      at += 2;
      break;
    }
    found.push(marker === 0xe0 ? "APP0" : marker === 0xfe ? "COM" : marker.toString(16));
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  expect(at).toBe(jpeg.length);
  return found;
}

describe("jpegPayload", () => {
  it("is exactly the size asked for, a JFIF JPEG from SOI to EOI", () => {
    const jpeg = jpegPayload(2 * 1024 * 1024);
    expect(jpeg.length).toBe(2 * 1024 * 1024);
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(jpeg.subarray(6, 11).toString("latin1")).toBe("JFIF\0");
    const found = segments(jpeg);
    expect(found[0]).toBe("APP0");
    expect(found.at(-1)).toBe("EOI");
    expect(found.filter((s) => s === "COM").length).toBe(32);
  });

  it("keeps every segment whole near a segment boundary", () => {
    for (const size of [22, 26, 27, 65_559, 65_560, 65_561, 65_562, 65_563, 131_100]) {
      expect(jpegPayload(size).length).toBe(size);
      expect(segments(jpegPayload(size)).at(-1)).toBe("EOI");
    }
  });

  it("refuses a size too small to hold the headers", () => {
    expect(() => jpegPayload(10)).toThrow(/at least 22 bytes/);
  });
});

const figure = (label: string, requestsPerSecond: number, failures = 0): Figure => ({
  label,
  requestsPerSecond,
  p50Ms: 12.34,
  p99Ms: 250,
  responses: 1000,
  failures,
});

describe("targetVerdicts", () => {
  it("meets the target at half the floor's requests/s or more, and not with failures", () => {
    const verdicts = targetVerdicts(figure("floor", 1000), [figure("a", 500), figure("b", 499), figure("c", 900, 3)]);
    expect(verdicts).toEqual([
      { label: "a", ratio: 0.5, met: true },
      { label: "b", ratio: 0.499, met: false },
      { label: "c", ratio: 0.9, met: false },
    ]);
  });
});

describe("targetVerdicts without answers", () => {
  it("does not meet the target when nothing came back in the run", () => {
    const silent = { ...figure("slow page", 0), responses: 0 };
    expect(targetVerdicts(figure("floor", 0), [silent])).toEqual([{ label: "slow page", ratio: 0, met: false }]);
  });
});

describe("formatTable", () => {
  it("prints one aligned row per figure under the header", () => {
    const lines = formatTable([figure("GET /api/ping", 1234.56), figure("GET /caseload", 80)]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("req/s");
    expect(lines[1]).toMatch(/^GET \/api\/ping\s+1234\.6\s+12 ms\s+250 ms\s+1000\s+0$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});
