import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/auth-schemas";
import { secretField, textField } from "@/lib/validation/text-fields";

// The account area's inputs, shared by its forms and its actions.

export const changePasswordSchema = z
  .object({
    currentPassword: secretField({ required: "Enter your current password." }),
    password: secretField(),
    confirmPassword: secretField(),
  })
  .superRefine(checkNewPassword);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const switchWorkspaceSchema = z.object({ workspaceKey: textField({ max: 100, required: "Choose a centre." }) });
