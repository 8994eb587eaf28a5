"use server";

import { performPublicAction } from "@/lib/actions/perform-action";
import { answerPasswordResetRequest, requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import type { RequestPasswordResetInput } from "@/lib/password-reset/schemas";

export async function requestPasswordResetAction(input: RequestPasswordResetInput) {
  // The same answer, in the same time, whether or not an account uses the address.
  return answerPasswordResetRequest(() => performPublicAction(requestPasswordReset, input));
}
