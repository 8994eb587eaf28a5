import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "./json-depth";

describe("jsonNestingDepth", () => {
  it("counts arrays and objects", () => {
    expect(jsonNestingDepth("1")).toBe(0);
    expect(jsonNestingDepth("[]")).toBe(1);
    expect(jsonNestingDepth('["centre:1",{"name":"Zara","roles":["A"]}]')).toBe(3);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonNestingDepth('["[[[[{{{{", "a \\" [[[["]')).toBe(1);
  });

  it("handles 5,000 levels without recursion and stops early when asked", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(jsonNestingDepth(deep)).toBe(5000);
    expect(jsonNestingDepth(deep, 32)).toBe(33);
  });
});
