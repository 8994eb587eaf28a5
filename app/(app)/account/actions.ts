"use server";

import { performAction } from "@/lib/actions/perform-action";
import { changePassword } from "@/lib/auth/change-password";
import type { ChangePasswordInput } from "@/lib/auth/auth-schemas";

export async function changePasswordAction(input: ChangePasswordInput) {
  return performAction(changePassword, input);
}
