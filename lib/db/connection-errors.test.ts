import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "./connection-errors";

describe("telling an unreachable database from a bad request", () => {
  it("recognises refused and dropped connections, also when wrapped", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: Object.assign(new Error("x"), { code: "57P01" }) }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
  });

  it("leaves other failures alone", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
