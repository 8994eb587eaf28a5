import { z } from "zod";
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
  email: z.string().trim().min(1, "Enter your email address.").max(254).pipe(z.email("Enter an email address like name@example.org.")),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type SignInInput = z.input<typeof signInSchema>;

export const acceptInvitationSchema = z
  .object({ token: z.string().min(1).max(200), password: z.string().max(1024), confirmPassword: z.string().max(1024) })
  .superRefine(checkNewPassword);
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
