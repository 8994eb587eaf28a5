"use server";

import { performPublicAction } from "@/lib/actions/perform-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { unlockSignIn } from "@/lib/auth/unlock-sign-in";

/** The unlock form (a plain post: it works before the page's JavaScript has loaded). */
export async function unlockSignInAction(_previous: ActionResult<{ email: string }> | null, form: FormData) {
  return performPublicAction(unlockSignIn, { token: form.get("token") });
}
