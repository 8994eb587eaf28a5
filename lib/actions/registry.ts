import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { changePassword } from "@/lib/account/change-password";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { addStaffMember } from "@/lib/staff/add-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { reissueInvitation } from "@/lib/staff/reissue-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";

// Every action the app exposes. tests/actions-registry.test.ts finds every action definition
// under lib/ and every action an app/**/actions.ts runs, and fails when one is missing here;
// tests/two-centre-isolation.integration.test.ts walks every entry with another centre's person.
export const centreActions = { addStaffMember, changeStaffRole, deactivateStaffMember, reactivateStaffMember, reissueInvitation };
export const personalActions = { switchWorkspace, changePassword };
export const publicActions = { acceptInvitation };

/** Every action by name and audit label (what the audit trail and the registry test need). */
export const allActions: readonly { name: string; audit: { label: string } }[] = [
  ...Object.values(centreActions),
  ...Object.values(personalActions),
  ...Object.values(publicActions),
];
