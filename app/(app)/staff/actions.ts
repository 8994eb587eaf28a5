"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { resendInvitation } from "@/lib/staff/resend-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";
import { withdrawInvitation } from "@/lib/staff/withdraw-invitation";
import type {
  ChangeStaffRoleInput,
  InvitationRef,
  InviteStaffMemberInput,
  StaffMembershipRef,
  VerifyStaffRecordInput,
  WithdrawStaffRecordVerificationInput,
} from "@/lib/staff/schemas";
import { verifyStaffRecord } from "@/lib/staff/verify-staff-record";
import { withdrawStaffRecordVerification } from "@/lib/staff/withdraw-staff-record-verification";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/staff", "layout");
  return done;
}

export async function inviteStaffMemberAction(workspaceKey: string, input: InviteStaffMemberInput) {
  return thenRevalidate(performAction(inviteStaffMember, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function resendInvitationAction(workspaceKey: string, input: InvitationRef) {
  return thenRevalidate(performAction(resendInvitation, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawInvitationAction(workspaceKey: string, input: InvitationRef) {
  return thenRevalidate(performAction(withdrawInvitation, input, { expectedWorkspaceKey: workspaceKey }));
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

export async function verifyStaffRecordAction(workspaceKey: string, input: VerifyStaffRecordInput) {
  return thenRevalidate(performAction(verifyStaffRecord, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawStaffRecordVerificationAction(workspaceKey: string, input: WithdrawStaffRecordVerificationInput) {
  return thenRevalidate(performAction(withdrawStaffRecordVerification, input, { expectedWorkspaceKey: workspaceKey }));
}
