"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { countersignAsIqa } from "@/lib/sampling-records/countersign-as-iqa";
import { recordSampling } from "@/lib/sampling-records/record-sampling";
import type { CountersignAsIqaInput, RecordSamplingInput } from "@/lib/sampling-records/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The plan, the RD11, the candidate's unit page and RD07 feedback show it. Not "/": revalidating the
  // root re-renders the whole tree and the toast saying it was saved is lost (home pages are dynamic).
  if (done.ok) for (const area of ["/sampling", "/candidates", "/iqa-feedback"]) revalidatePath(area, "layout");
  return done;
}

export async function recordSamplingAction(workspaceKey: string, input: RecordSamplingInput) {
  return thenRevalidate(performAction(recordSampling, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function countersignAsIqaAction(workspaceKey: string, input: CountersignAsIqaInput) {
  return thenRevalidate(performAction(countersignAsIqa, input, { expectedWorkspaceKey: workspaceKey }));
}
