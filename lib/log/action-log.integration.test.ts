import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { changePassword } from "@/lib/account/change-password";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { runAction } from "@/lib/actions/run-action";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { logger } from "./logger";

// Every server action writes one log line through the logger, with the request id it was given.

/** The logger's info lines written while `run` runs. */
async function infoLines(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const info = vi.spyOn(logger, "info");
  try {
    await run();
    return info.mock.calls.map(([record]) => record as unknown as Record<string, unknown>);
  } finally {
    info.mockRestore();
  }
}

describe("action log lines", () => {
  it("logs a successful action once, with request id, action, person, centre, duration and outcome", async () => {
    const world = await createCentreWorld();
    let ok = false;
    const lines = await infoLines(async () => {
      const result = await runAction(
        changeStaffRole,
        world.actor(world.adminA.user.id, world.centreA.id),
        { membershipId: world.assessorA.membership.id, version: 1, role: "IQA", isHeadOfCentre: false, expiresOn: "" },
        { requestId: "req-ok" },
      );
      ok = result.ok;
    });
    expect(ok).toBe(true);
    const own = lines.filter((record) => record.requestId === "req-ok");
    expect(own).toHaveLength(1);
    expect(own[0]).toEqual({
      requestId: "req-ok",
      action: changeStaffRole.name,
      userId: world.adminA.user.id,
      centreId: world.centreA.id,
      durationMs: expect.any(Number),
      outcome: "ok",
    });
  });

  it("logs a refused action with its code and never the passwords it was sent", async () => {
    const world = await createCentreWorld();
    let code: string | undefined;
    const lines = await infoLines(async () => {
      const input = {
        currentPassword: "not-my-password-4711",
        password: "brand new secret phrase 0815",
        confirmPassword: "brand new secret phrase 0815",
      };
      const result = await runAction(changePassword, world.actor(world.adminA.user.id, world.centreA.id), input, {
        requestId: "req-refused",
      });
      code = result.ok ? undefined : result.code;
    });
    expect(code).toBe("INVALID_INPUT");
    const own = lines.filter((record) => record.requestId === "req-refused");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ action: changePassword.name, outcome: "INVALID_INPUT" });
    const written = JSON.stringify(lines);
    expect(written).not.toContain("4711");
    expect(written).not.toContain("0815");
  });

  it("logs an unexpected failure as an error with its stack, which fails any test that did not expect it", async () => {
    const world = await createCentreWorld();
    const broken = defineCentreAction({
      name: "test.broken",
      audit: { label: "Broke (test)", summary: auditSummary<Record<string, never>>() },
      input: z.object({}),
      permission: "staff.manage",
      async handler() {
        throw new Error("disk on fire");
      },
    });
    const printed: string[] = [];
    const previous = console.error;
    console.error = (...args: unknown[]) => printed.push(args.map(String).join(" "));
    try {
      const result = await runAction(broken, world.actor(world.adminA.user.id, world.centreA.id), {}, { requestId: "req-broken" });
      expect(result).toMatchObject({ ok: false, code: "UNEXPECTED" });
    } finally {
      console.error = previous;
    }
    expect(printed).toHaveLength(1);
    const line = JSON.parse(printed[0]!);
    expect(line).toMatchObject({
      level: "error",
      requestId: "req-broken",
      action: "test.broken",
      outcome: "UNEXPECTED",
      centreId: world.centreA.id,
    });
    expect(line.err.message).toBe("disk on fire");
    expect(line.err.stack).toContain("disk on fire");
  });
});
