"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { requestVisitPack } from "@/lib/visit-pack/request-visit-pack";
import { retryVisitPack } from "@/lib/visit-pack/retry-visit-pack";
import type { RequestVisitPackInput, VisitPackIdInput } from "@/lib/visit-pack/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The visit pages and the admin home's pack readiness read it.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function requestVisitPackAction(workspaceKey: string, input: RequestVisitPackInput) {
  return thenRevalidate(performAction(requestVisitPack, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function retryVisitPackAction(workspaceKey: string, input: VisitPackIdInput) {
  return thenRevalidate(performAction(retryVisitPack, input, { expectedWorkspaceKey: workspaceKey }));
}
