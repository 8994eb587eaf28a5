"use server";

import { headers } from "next/headers";
import { performPublicAction } from "@/lib/actions/perform-action";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { answerPasswordResetRequest, requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { countPasswordResetRequest } from "@/lib/password-reset/request-limit";
import type { RequestPasswordResetInput } from "@/lib/password-reset/schemas";

export async function requestPasswordResetAction(input: RequestPasswordResetInput) {
  const client = clientAddressFrom(await headers());
  // The same answer, in the same time, whether or not an account uses the address, and whether or
  // not this client has asked too often (then no link is sent).
  return answerPasswordResetRequest(async () =>
    (await countPasswordResetRequest(client))
      ? performPublicAction(requestPasswordReset, input)
      : { ok: false as const, code: "NOT_FOUND" as const, message: "No link was sent." },
  );
}
