import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { consumeAccountToken, countAccountTokensSince, findUsableAccountToken, issueAccountToken } from "./account-tokens";
import { hashOneTimeToken } from "./one-time-token";

const hour = 60 * 60 * 1000;

describe("one-time account tokens", () => {
  it("stores only the token's SHA-256 and works exactly once", async () => {
    const user = await createUser("Token Holder");
    const now = new Date();
    const { token, expiresAt } = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "PASSWORD_RESET", now });
    expect(expiresAt.getTime() - now.getTime()).toBe(hour);
    const stored = await getPrisma().accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await findUsableAccountToken(getPrisma(), { token, purpose: "PASSWORD_RESET", now })).toMatchObject({ userId: user.id });
    expect(await consumeAccountToken(getPrisma(), { token, purpose: "UNLOCK_SIGN_IN", now })).toBeNull();
    expect(await consumeAccountToken(getPrisma(), { token, purpose: "PASSWORD_RESET", now })).toEqual({ userId: user.id });
    expect(await consumeAccountToken(getPrisma(), { token, purpose: "PASSWORD_RESET", now })).toBeNull();
    expect(await findUsableAccountToken(getPrisma(), { token, purpose: "PASSWORD_RESET", now })).toBeNull();
  });

  it("refuses an expired token, a malformed one and an unknown one", async () => {
    const user = await createUser("Late Reader");
    const now = new Date();
    const { token } = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "UNLOCK_SIGN_IN", now });
    const later = new Date(now.getTime() + hour + 1);
    expect(await consumeAccountToken(getPrisma(), { token, purpose: "UNLOCK_SIGN_IN", now: later })).toBeNull();
    expect(await consumeAccountToken(getPrisma(), { token: "not a token", purpose: "UNLOCK_SIGN_IN", now })).toBeNull();
    expect(await consumeAccountToken(getPrisma(), { token: "A".repeat(43), purpose: "UNLOCK_SIGN_IN", now })).toBeNull();
  });

  it("a newer link withdraws the older ones of the same purpose only", async () => {
    const user = await createUser("Twice Asked");
    const now = new Date();
    const first = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "PASSWORD_RESET", now });
    const unlock = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "UNLOCK_SIGN_IN", now });
    const second = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "PASSWORD_RESET", now });
    expect(
      await countAccountTokensSince(getPrisma(), { userId: user.id, purpose: "PASSWORD_RESET", since: new Date(now.getTime() - hour) }),
    ).toBe(2);
    expect(await consumeAccountToken(getPrisma(), { token: first.token, purpose: "PASSWORD_RESET", now })).toBeNull();
    expect(await consumeAccountToken(getPrisma(), { token: second.token, purpose: "PASSWORD_RESET", now })).toEqual({ userId: user.id });
    expect(await consumeAccountToken(getPrisma(), { token: unlock.token, purpose: "UNLOCK_SIGN_IN", now })).toEqual({ userId: user.id });
  });

  it("two requests racing to use one link: exactly one succeeds", async () => {
    const user = await createUser("Double Click");
    const now = new Date();
    const { token } = await issueAccountToken(getPrisma(), { userId: user.id, purpose: "PASSWORD_RESET", now });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => getPrisma().$transaction((tx) => consumeAccountToken(tx, { token, purpose: "PASSWORD_RESET", now }))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
