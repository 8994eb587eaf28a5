import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/auth-schemas";
import { emailField, secretField } from "@/lib/validation/text-fields";

// Shared by the "Forgot your password?" and "Choose a new password" forms and their actions.

export const requestPasswordResetSchema = z.object({ email: emailField("Enter the email address you sign in with.") });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: secretField({ required: "Choose a password." }),
    confirmPassword: secretField(),
  })
  .superRefine(checkNewPassword);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
