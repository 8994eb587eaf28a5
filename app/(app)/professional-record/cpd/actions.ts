"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordCpdEntry } from "@/lib/cpd/record-cpd-entry";
import { removeCpdEntry } from "@/lib/cpd/remove-cpd-entry";
import type { RecordCpdEntryInput, RemoveCpdEntryInput, UpdateCpdEntryInput } from "@/lib/cpd/schemas";
import { updateCpdEntry } from "@/lib/cpd/update-cpd-entry";

// The person's own CPD log: personal actions (no centre), so no workspace key is checked.

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) {
    revalidatePath("/professional-record/cpd");
    revalidatePath("/professional-record");
  }
  return done;
}

export async function recordCpdEntryAction(input: RecordCpdEntryInput) {
  return thenRevalidate(performAction(recordCpdEntry, input));
}

export async function updateCpdEntryAction(input: UpdateCpdEntryInput) {
  return thenRevalidate(performAction(updateCpdEntry, input));
}

export async function removeCpdEntryAction(input: RemoveCpdEntryInput) {
  return thenRevalidate(performAction(removeCpdEntry, input));
}
