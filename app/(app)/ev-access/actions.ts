"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { grantExternalVerifierAccess } from "@/lib/external-verifier-access/grant-external-verifier-access";
import { revokeExternalVerifierAccess } from "@/lib/external-verifier-access/revoke-external-verifier-access";
import type { GrantExternalVerifierAccessInput, RevokeExternalVerifierAccessInput } from "@/lib/external-verifier-access/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/ev-access");
  return done;
}

export async function grantExternalVerifierAccessAction(workspaceKey: string, input: GrantExternalVerifierAccessInput) {
  return thenRevalidate(performAction(grantExternalVerifierAccess, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function revokeExternalVerifierAccessAction(workspaceKey: string, input: RevokeExternalVerifierAccessInput) {
  return thenRevalidate(performAction(revokeExternalVerifierAccess, input, { expectedWorkspaceKey: workspaceKey }));
}
