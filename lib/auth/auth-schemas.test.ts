import { describe, expect, it } from "vitest";
import { changePasswordSchema, switchWorkspaceSchema } from "@/lib/account/schemas";
import { signInSchema } from "./auth-schemas";

describe("sign-in and account inputs refuse what no keyboard types", () => {
  it("refuses NUL and control characters in the email and password, keeping the password as typed otherwise", () => {
    expect(signInSchema.safeParse({ email: "priya\u0000@northgate.example", password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "priya@northgate.example", password: "pass\u0000word" }).success).toBe(false);
    expect(signInSchema.parse({ email: " Priya@Northgate.example ", password: "  spaced  " })).toEqual({
      email: "priya@northgate.example",
      password: "  spaced  ",
    });
  });

  it("refuses control characters in a new password and a centre key", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "a\u0007", password: "long enough pass\u0000", confirmPassword: "x" });
    expect(result.success).toBe(false);
    expect(switchWorkspaceSchema.safeParse({ workspaceKey: "centre:\u202Eabc" }).success).toBe(false);
    expect(switchWorkspaceSchema.safeParse({ workspaceKey: "centre:6f1c" }).success).toBe(true);
  });
});
