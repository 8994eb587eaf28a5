"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { importCatalogueQualification } from "@/lib/qualification-import/import-catalogue-qualification";
import { importQualification } from "@/lib/qualification-import/import-qualification";
import type { ImportQualificationInput } from "@/lib/qualification-import/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The qualification list and the registration form's choice of qualification both read it.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function importQualificationAction(workspaceKey: string, input: ImportQualificationInput) {
  return thenRevalidate(performAction(importQualification, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function importCatalogueQualificationAction(workspaceKey: string, input: ImportQualificationInput) {
  return thenRevalidate(performAction(importCatalogueQualification, input, { expectedWorkspaceKey: workspaceKey }));
}
