import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-messages";

describe("sign-in messages", () => {
  it("explains a lock with its end time in UK time", () => {
    expect(signInErrorMessage("LOCKED:2026-07-01T09:15:00.000Z")).toMatch(/locked until 10:15 \(UK time\)/);
  });
  it("never shows text it does not know, such as a crafted ?error= in the address", () => {
    expect(signInErrorMessage("Your account is suspended, call 0800 000 000")).toBeNull();
    expect(signInErrorMessage("LOCKED:not-a-date")).toBeNull();
    expect(signInErrorMessage("CredentialsSignin")).toBe("The email or password is not right.");
    expect(signInErrorMessage("INVALID")).toBe("The email or password is not right.");
  });
  it("says nothing when there is no error", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });
});
