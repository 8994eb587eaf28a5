"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { judgeEvidence } from "@/lib/evidence/judge-evidence";
import type { AddEvidenceInput, JudgeEvidenceInput, UpdateEvidenceCriteriaInput } from "@/lib/evidence/schemas";
import { updateEvidenceCriteria } from "@/lib/evidence/update-evidence-criteria";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/candidates", "layout");
  return done;
}

export async function addEvidenceAction(workspaceKey: string, input: AddEvidenceInput) {
  return thenRevalidate(performAction(addEvidence, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function judgeEvidenceAction(workspaceKey: string, input: JudgeEvidenceInput) {
  return thenRevalidate(performAction(judgeEvidence, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function updateEvidenceCriteriaAction(workspaceKey: string, input: UpdateEvidenceCriteriaInput) {
  return thenRevalidate(performAction(updateEvidenceCriteria, input, { expectedWorkspaceKey: workspaceKey }));
}
