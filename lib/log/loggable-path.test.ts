import { describe, expect, it } from "vitest";
import { loggablePath } from "./loggable-path";

describe("paths in the logs", () => {
  it("hides the token of emailed links", () => {
    expect(loggablePath("/reset-password/abcDEF123_-")).toBe("/reset-password/[token]");
    expect(loggablePath("/unlock-sign-in/xyz")).toBe("/unlock-sign-in/[token]");
    expect(loggablePath("/invitation/tok/extra")).toBe("/invitation/[token]/extra");
  });

  it("keeps every other path", () => {
    expect(loggablePath("/staff/3f2b")).toBe("/staff/3f2b");
    expect(loggablePath("/sign-in")).toBe("/sign-in");
  });
});
