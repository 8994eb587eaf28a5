import { describe, expect, it } from "vitest";
import { canonicalJson, contentSha256 } from "./canonical";

describe("canonical content for signing", () => {
  it("hashes the same whatever the key order", () => {
    expect(contentSha256({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: "x" } })).toBe(
      contentSha256({ a: { c: "x", d: [2, { x: 2, y: 1 }] }, b: 1 }),
    );
  });

  it("writes dates as ISO strings and drops undefined, as JSON would", () => {
    expect(canonicalJson({ on: new Date("2026-03-01T00:00:00Z"), gone: undefined })).toBe('{"on":"2026-03-01T00:00:00.000Z"}');
  });

  it("changes with any change of content", () => {
    expect(contentSha256({ rationale: "All criteria met" })).not.toBe(contentSha256({ rationale: "All criteria met." }));
  });
});
