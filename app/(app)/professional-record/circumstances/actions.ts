"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { notifyCircumstanceChange } from "@/lib/circumstances/notify-circumstance-change";
import type { NotifyCircumstanceChangeInput } from "@/lib/circumstances/schemas";

// The person's own changes of circumstance: a personal action (no centre), so no workspace key is checked.

export async function notifyCircumstanceChangeAction(input: NotifyCircumstanceChangeInput) {
  const result = await performAction(notifyCircumstanceChange, input);
  if (result.ok) revalidatePath("/professional-record/circumstances");
  return result;
}
