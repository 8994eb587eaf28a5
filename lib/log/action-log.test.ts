import { describe, expect, it } from "vitest";
import { actionLogRecord } from "./action-log";

describe("actionLogRecord", () => {
  const context = { action: "staff.changeRole", requestId: "req-1", userId: "user-1", centreId: "centre-1", startedAt: 1000 };

  it("names the request, the action, the person, the centre, the duration and the outcome", () => {
    expect(actionLogRecord(context, { ok: true, data: { secret: "x" } }, 1012.4)).toEqual({
      requestId: "req-1",
      action: "staff.changeRole",
      userId: "user-1",
      centreId: "centre-1",
      durationMs: 12,
      outcome: "ok",
    });
  });

  it("gives the error code as the outcome and nothing of the message or the data", () => {
    const record = actionLogRecord(
      context,
      { ok: false, code: "STALE", message: "Someone else changed it", fieldErrors: { name: ["x"] } },
      1001,
    );
    expect(record.outcome).toBe("STALE");
    expect(Object.keys(record).sort()).toEqual(["action", "centreId", "durationMs", "outcome", "requestId", "userId"]);
  });
});
