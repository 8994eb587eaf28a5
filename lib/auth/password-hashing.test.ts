import bcrypt from "@node-rs/bcrypt";
import { hash as argon2Hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hashing";

const password = "copper kettle violin";

async function elapsedMs(check: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await check();
  return performance.now() - start;
}

/**
 * The median, over `samples` back-to-back pairs, of how long `b` took relative to `a`. Measuring
 * in pairs cancels out a machine that is busy with other work for part of the run.
 */
async function medianRatio(samples: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<number> {
  const ratios: number[] = [];
  for (let i = 0; i < samples; i++) {
    const first = await elapsedMs(a);
    ratios.push((await elapsedMs(b)) / first);
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(samples / 2)]!;
}

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword(password);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(password, stored)).toEqual({ matches: true, needsRehash: false });
    expect(await verifyPassword("copper kettle viola", stored)).toEqual({ matches: false, needsRehash: false });
  });

  it("salts each hash", async () => {
    expect(await hashPassword(password)).not.toBe(await hashPassword(password));
  });

  it("verifies a bcrypt hash from before the switch and asks for a rehash only when it matches", async () => {
    const legacy = await bcrypt.hash(password, { cost: 4 });
    expect(await verifyPassword(password, legacy)).toEqual({ matches: true, needsRehash: true });
    expect(await verifyPassword("wrong password here", legacy)).toEqual({ matches: false, needsRehash: false });
  });

  it("asks for a rehash of an argon2id hash made with other parameters", async () => {
    const weaker = await argon2Hash(password, { memoryCost: 8_192, timeCost: 1, parallelism: 1 });
    expect(await verifyPassword(password, weaker)).toEqual({ matches: true, needsRehash: true });
  });

  it("never matches a missing or malformed hash", async () => {
    expect(await verifyPassword(password, null)).toEqual({ matches: false, needsRehash: false });
    expect(await verifyPassword(password, "")).toEqual({ matches: false, needsRehash: false });
    expect(await verifyPassword(password, "$argon2id$garbage")).toEqual({ matches: false, needsRehash: false });
    expect(await verifyPassword(password, password)).toEqual({ matches: false, needsRehash: false });
  });

  it("takes as long for a missing hash as for a real one", async () => {
    const stored = await hashPassword(password);
    await verifyPassword(password, null); // the stand-in is made once, on first use
    const ratio = await medianRatio(
      15,
      () => verifyPassword("wrong password here", stored),
      () => verifyPassword("wrong password here", null),
    );
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});
