import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("short-pass")).toMatch(/at least 12/);
  });
  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("Password1234")).toMatch(/too common/);
    expect(passwordProblem("QWERTY123456")).toMatch(/too common/);
  });
  it("accepts a long passphrase, and refuses one over 256 characters", () => {
    expect(passwordProblem("copper kettle violin ".repeat(12).trim())).toBeNull();
    expect(passwordProblem("a1b2c3".repeat(43))).toMatch(/at most 256/);
  });
  it("refuses a password made of the email name", () => {
    expect(passwordProblem("amira.hassan-2026", "amira.hassan@example.org")).toMatch(/email name/);
  });
  it("ignores a short email name, which would forbid too much", () => {
    expect(passwordProblem("jolly orange kettle", "jo@centre.example")).toBeNull();
  });
  it("refuses a password of one repeated character", () => {
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/repeats/);
  });
  it("accepts a long uncommon passphrase", () => {
    expect(passwordProblem("copper kettle violin")).toBeNull();
    expect(passwordProblem("letmein")).not.toBeNull();
  });
});
