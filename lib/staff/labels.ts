import { roleLabels } from "@/lib/auth/permissions";
import { staffRoles } from "@/lib/rules/staff-membership";

export const staffRoleOptions = staffRoles.map((role) => ({ value: role, label: roleLabels[role] }));
