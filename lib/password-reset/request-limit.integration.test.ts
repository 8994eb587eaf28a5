import { describe, expect, it } from "vitest";
import { countPasswordResetRequest, passwordResetRequestsPerClientPerHour } from "./request-limit";

describe("password reset requests per client", () => {
  it("allows a client ten requests an hour, then none until the hour has passed; other clients are not affected", async () => {
    const start = new Date("2026-11-22T09:00:00Z");
    const client = "203.0.113.50";
    for (let i = 0; i < passwordResetRequestsPerClientPerHour; i++) {
      expect(await countPasswordResetRequest(client, new Date(start.getTime() + i * 1000))).toBe(true);
    }
    expect(await countPasswordResetRequest(client, new Date(start.getTime() + 30 * 60 * 1000))).toBe(false);
    expect(await countPasswordResetRequest("203.0.113.51", new Date(start.getTime() + 30 * 60 * 1000))).toBe(true);
    expect(await countPasswordResetRequest(client, new Date(start.getTime() + 61 * 60 * 1000))).toBe(true);
  });

  it("does not count a request whose client cannot be told", async () => {
    for (let i = 0; i < passwordResetRequestsPerClientPerHour + 2; i++) expect(await countPasswordResetRequest(null)).toBe(true);
  });

  it("counts parallel requests exactly", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 25 }, () => countPasswordResetRequest("203.0.113.60", now)));
    expect(results.filter(Boolean)).toHaveLength(passwordResetRequestsPerClientPerHour);
  });
});
