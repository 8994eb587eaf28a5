import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { changePassword } from "@/lib/account/change-password";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { addStaffMember } from "@/lib/staff/add-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { reissueInvitation } from "@/lib/staff/reissue-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";

// Every action the app exposes, so tests can walk them all (e.g. the two-centre isolation test).
// A new action that is not listed here fails tests/actions-registry.test.ts.
export const centreActions = { addStaffMember, changeStaffRole, deactivateStaffMember, reactivateStaffMember, reissueInvitation };
export const personalActions = { switchWorkspace, changePassword };
export const publicActions = { acceptInvitation };
