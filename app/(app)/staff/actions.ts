"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addStaffMember } from "@/lib/staff/add-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { reissueInvitation } from "@/lib/staff/reissue-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";
import type { AddStaffMemberInput, ChangeStaffRoleInput, StaffMembershipRef } from "@/lib/staff/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/staff", "layout");
  return done;
}

export async function addStaffMemberAction(workspaceKey: string, input: AddStaffMemberInput) {
  return thenRevalidate(performAction(addStaffMember, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function changeStaffRoleAction(workspaceKey: string, input: ChangeStaffRoleInput) {
  return thenRevalidate(performAction(changeStaffRole, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function deactivateStaffMemberAction(workspaceKey: string, input: StaffMembershipRef) {
  return thenRevalidate(performAction(deactivateStaffMember, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function reactivateStaffMemberAction(workspaceKey: string, input: StaffMembershipRef) {
  return thenRevalidate(performAction(reactivateStaffMember, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function reissueInvitationAction(workspaceKey: string, input: { membershipId: string }) {
  return thenRevalidate(performAction(reissueInvitation, input, { expectedWorkspaceKey: workspaceKey }));
}
