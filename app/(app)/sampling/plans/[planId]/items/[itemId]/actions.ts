"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { countersignAsIqa } from "@/lib/sampling-records/countersign-as-iqa";
import { recordSampling } from "@/lib/sampling-records/record-sampling";
import type { CountersignAsIqaInput, RecordSamplingInput } from "@/lib/sampling-records/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The plan, the RD11, the candidate's unit page, RD07 feedback and the home pages all show it.
  if (done.ok) {
    for (const area of ["/sampling", "/candidates", "/iqa-feedback"]) revalidatePath(area, "layout");
    revalidatePath("/");
  }
  return done;
}

export async function recordSamplingAction(workspaceKey: string, input: RecordSamplingInput) {
  return thenRevalidate(performAction(recordSampling, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function countersignAsIqaAction(workspaceKey: string, input: CountersignAsIqaInput) {
  return thenRevalidate(performAction(countersignAsIqa, input, { expectedWorkspaceKey: workspaceKey }));
}
