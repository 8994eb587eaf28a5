"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addSchool } from "@/lib/schools/add-school";
import { recordIctMarkAward } from "@/lib/schools/record-ict-mark-award";
import type { AddSchoolInput, RecordIctMarkAwardInput, SendRenewalReminderInput, UpdateSchoolInput } from "@/lib/schools/schemas";
import { sendRenewalReminder } from "@/lib/schools/send-renewal-reminder";
import { updateSchool } from "@/lib/schools/update-school";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/schools", "layout");
  return done;
}

export async function addSchoolAction(workspaceKey: string, input: AddSchoolInput) {
  return thenRevalidate(performAction(addSchool, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function updateSchoolAction(workspaceKey: string, input: UpdateSchoolInput) {
  return thenRevalidate(performAction(updateSchool, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordIctMarkAwardAction(workspaceKey: string, input: RecordIctMarkAwardInput) {
  return thenRevalidate(performAction(recordIctMarkAward, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function sendRenewalReminderAction(workspaceKey: string, input: SendRenewalReminderInput) {
  return thenRevalidate(performAction(sendRenewalReminder, input, { expectedWorkspaceKey: workspaceKey }));
}
