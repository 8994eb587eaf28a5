"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { performAction } from "@/lib/actions/perform-action";
import { workspaceCookie } from "@/lib/auth/current-access";
import { candidatePath, openCandidateSchema } from "@/lib/caseload/schemas";

/**
 * The caseload's "open in <centre>" button for a candidate of another of the person's centres: the
 * same audited switch as the header's centre switcher (a centre the person does not hold is
 * refused there), then the candidate's page, which checks access in the new centre as always.
 */
export async function openCandidateInCentreAction(formData: FormData) {
  const parsed = openCandidateSchema.safeParse({
    workspaceKey: formData.get("workspaceKey"),
    candidateId: formData.get("candidateId"),
    unitId: formData.get("unitId") ?? "",
  });
  if (!parsed.success) redirect("/caseload");
  const result = await performAction(switchWorkspace, { workspaceKey: parsed.data.workspaceKey });
  if (!result.ok) redirect("/caseload");
  const cookieStore = await cookies();
  // The same cookie as the header's switcher (app/(app)/actions.ts).
  cookieStore.set(workspaceCookie, result.data.workspaceKey, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true,
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect(candidatePath({ candidateId: parsed.data.candidateId, unitId: parsed.data.unitId || undefined }));
}
