import { describe, expect, it } from "vitest";
import { passwordChecksLockedMessage, signInErrorMessage } from "./sign-in-messages";

describe("sign-in messages", () => {
  it("explains a locked email with its end time in UK time and the emailed unlock link, the same for any address", () => {
    const message = signInErrorMessage("LOCKED:2026-07-01T09:15:00.000Z");
    expect(message).toMatch(/locked until 10:15 \(UK time\)/);
    expect(message).toMatch(/If the email has an Assay account, we have sent it a link to unlock sign-in/);
  });
  it("explains a paused network separately: no email is involved", () => {
    const message = signInErrorMessage("CLIENT_LOCKED:2026-12-01T09:15:00.000Z");
    expect(message).toMatch(/from your network/);
    expect(message).toMatch(/until 09:15 \(UK time\)/);
    expect(message).not.toMatch(/email/);
  });
  it("explains a locked password check without promising an email", () => {
    expect(passwordChecksLockedMessage(new Date("2026-07-01T09:15:00.000Z"))).toBe(
      "Too many wrong passwords. Checking your password is locked until 10:15 (UK time).",
    );
  });
  it("never shows text it does not know, such as a crafted ?error= in the address", () => {
    expect(signInErrorMessage("Your account is suspended, call 0800 000 000")).toBeNull();
    expect(signInErrorMessage("LOCKED:not-a-date")).toBeNull();
    expect(signInErrorMessage("CLIENT_LOCKED:")).toBeNull();
    expect(signInErrorMessage("CredentialsSignin")).toBe("The email or password is not right.");
    expect(signInErrorMessage("INVALID")).toBe("The email or password is not right.");
  });
  it("says nothing when there is no error", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });
});
