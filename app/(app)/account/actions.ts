"use server";

import { performAction } from "@/lib/actions/perform-action";
import { changePassword } from "@/lib/account/change-password";
import type { ChangePasswordInput } from "@/lib/account/schemas";

export async function changePasswordAction(input: ChangePasswordInput) {
  return performAction(changePassword, input);
}
