import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/auth-schemas";
import { secretField, textField } from "@/lib/validation/text-fields";

// Shared by the invitation page's forms and the actions that receive them.

const token = z.string().min(1).max(200);

/** Accepting or declining, signed in as the invited account. */
export const invitationResponseSchema = z.object({ token });
export type InvitationResponseInput = z.input<typeof invitationResponseSchema>;

/** A person new to Assay accepts: their name (pre-filled with what the admin typed) and a password. */
export const acceptWithNewAccountSchema = z
  .object({
    token,
    name: textField({ max: 120, required: "Enter your full name." }),
    password: secretField({ required: "Choose a password." }),
    confirmPassword: secretField(),
  })
  .superRefine(checkNewPassword);
export type AcceptWithNewAccountInput = z.input<typeof acceptWithNewAccountSchema>;
