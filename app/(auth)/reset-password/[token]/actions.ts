"use server";

import { performPublicAction } from "@/lib/actions/perform-action";
import { resetPassword } from "@/lib/password-reset/reset-password";
import type { ResetPasswordInput } from "@/lib/password-reset/schemas";

export async function resetPasswordAction(input: ResetPasswordInput) {
  return performPublicAction(resetPassword, input);
}
