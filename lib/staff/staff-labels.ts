import { roleLabels } from "@/lib/auth/permissions";
import { staffRoles } from "@/lib/rules/staff-membership";

export const staffRoleOptions = staffRoles.map((role) => ({ value: role, label: roleLabels[role] }));

/** YYYY-MM-DD for a date column, as date inputs expect it. */
export function isoDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function displayDay(date: Date | null): string {
  return date
    ? date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    : "";
}
