import { describe, expect, it } from "vitest";
import { safeReturnPath, signInReturningTo } from "./return-path";

describe("the path to return to after signing in", () => {
  it("follows a path of this site", () => {
    expect(safeReturnPath("/invitation/abc_DEF-123")).toBe("/invitation/abc_DEF-123");
    expect(safeReturnPath("/staff?tab=1")).toBe("/staff?tab=1");
  });

  it("refuses anything that could lead to another site, or is not a path", () => {
    for (const value of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "evil.example",
      "",
      " /staff",
      "/a\\b",
      "/a\nb",
      42,
      null,
      undefined,
      ["/staff"],
    ]) {
      expect(safeReturnPath(value), String(value)).toBeNull();
    }
    expect(safeReturnPath(`/${"a".repeat(600)}`)).toBeNull();
  });

  it("builds the sign-in address that comes back", () => {
    expect(signInReturningTo("/invitation/abc")).toBe("/sign-in?next=%2Finvitation%2Fabc");
    expect(safeReturnPath(new URL(`http://x${signInReturningTo("/invitation/abc")}`).searchParams.get("next"))).toBe("/invitation/abc");
  });
});
