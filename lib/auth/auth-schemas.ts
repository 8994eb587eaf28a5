import { z } from "zod";
import { emailField, secretField } from "@/lib/validation/text-fields";
import { passwordProblem } from "./password-policy";

// Shared by the sign-in and password forms and the server code that receives them; kept apart
// from the actions so the browser bundle does not pull in server code.

/** A new password and its confirmation: the policy, then that both match. */
export function checkNewPassword(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  const problem = passwordProblem(value.password);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match." });
  }
}

/** The sign-in form, and what the sign-in endpoint accepts before the database is asked. */
export const signInSchema = z.object({
  email: emailField("Enter your email address."),
  password: secretField({ required: "Enter your password." }),
});
export type SignInInput = z.input<typeof signInSchema>;
