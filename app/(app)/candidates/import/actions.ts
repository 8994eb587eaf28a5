"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { fixCandidateImportRow } from "@/lib/candidate-import/fix-candidate-import-row";
import { importCandidates } from "@/lib/candidate-import/import-candidates";
import type { FixCandidateImportRowInput, ImportCandidatesInput } from "@/lib/candidate-import/schemas";

// Each action takes the workspace key the page was rendered for (see performAction). The upload
// itself goes through app/api/candidate-imports (it streams the file).

export async function fixCandidateImportRowAction(workspaceKey: string, input: FixCandidateImportRowInput) {
  const result = await performAction(fixCandidateImportRow, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath(`/candidates/import/${input.importId}`, "layout");
  return result;
}

export async function importCandidatesAction(workspaceKey: string, input: ImportCandidatesInput) {
  const result = await performAction(importCandidates, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok && result.data.finished) revalidatePath("/candidates", "layout");
  return result;
}
