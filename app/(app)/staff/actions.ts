"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addStaffMember } from "@/lib/staff/add-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { reissueInvitation } from "@/lib/staff/reissue-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";
import type { AddStaffMemberInput, ChangeStaffRoleInput, StaffMembershipRef } from "@/lib/staff/staff-schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/staff", "layout");
  return done;
}

export async function addStaffMemberAction(input: AddStaffMemberInput) {
  return thenRevalidate(performAction(addStaffMember, input));
}

export async function changeStaffRoleAction(input: ChangeStaffRoleInput) {
  return thenRevalidate(performAction(changeStaffRole, input));
}

export async function deactivateStaffMemberAction(input: StaffMembershipRef) {
  return thenRevalidate(performAction(deactivateStaffMember, input));
}

export async function reactivateStaffMemberAction(input: StaffMembershipRef) {
  return thenRevalidate(performAction(reactivateStaffMember, input));
}

export async function reissueInvitationAction(input: { membershipId: string }) {
  return thenRevalidate(performAction(reissueInvitation, input));
}
