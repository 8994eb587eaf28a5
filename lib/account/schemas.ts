import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/auth-schemas";

// The account area's inputs, shared by its forms and its actions.

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    password: z.string().max(1024),
    confirmPassword: z.string().max(1024),
  })
  .superRefine(checkNewPassword);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const switchWorkspaceSchema = z.object({ workspaceKey: z.string().min(1, "Choose a centre.").max(100) });
