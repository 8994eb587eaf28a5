import "server-only";
import { allActions } from "@/lib/actions/registry";
import { roleLabels, isAccessRole } from "@/lib/auth/permissions";
import { retiredAuditActionLabels, systemAuditEventLabels } from "./system-events";

// How an audit entry reads on screen. The stored action codes and summaries stay machine-shaped;
// people see what happened in words.

// Labels come from the action definitions and the system events' table, so a new action cannot
// reach the audit trail without one. A stored code with no label (from an action since renamed)
// is shown as it is.
const auditActionLabels = new Map<string, string>([
  ...Object.entries(retiredAuditActionLabels),
  ...Object.entries(systemAuditEventLabels),
  ...allActions.map((definition) => [definition.name, definition.audit.label] as const),
]);

export function auditActionLabel(action: string): string {
  return auditActionLabels.get(action) ?? action;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (isAccessRole(value)) return roleLabels[value];
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const fieldLabels: Record<string, string> = {
  role: "role",
  isHeadOfCentre: "head of centre",
  expiresOn: "access ends",
  status: "status",
  name: "name",
  email: "email",
  person: "person",
  newAccount: "new account",
  invitationIssued: "invitation link issued",
  passwordSet: "password set",
  earlierLinksWithdrawn: "earlier links withdrawn",
  members: "members",
  centreNumber: "centre number",
  from: "from",
  to: "to",
};

const label = (key: string) => fieldLabels[key] ?? key;

/** The summary as short lines: changed fields as "role: Assessor → IQA", other facts as "key: value". */
export function auditSummaryLines(summary: unknown): string[] {
  // A summary withheld from the reader (lib/audit/queries.ts: a malpractice entry) is one sentence.
  if (typeof summary === "string") return summary === "" ? [] : [summary];
  if (!summary || typeof summary !== "object" || Array.isArray(summary)) return [];
  const { before, after, ...rest } = summary as Record<string, unknown>;
  const lines: string[] = [];
  for (const [key, value] of Object.entries(rest)) lines.push(`${label(key)}: ${show(value)}`);
  const beforeObject = before && typeof before === "object" ? (before as Record<string, unknown>) : null;
  const afterObject = after && typeof after === "object" ? (after as Record<string, unknown>) : null;
  if (afterObject) {
    for (const [key, value] of Object.entries(afterObject)) {
      const previous = beforeObject?.[key];
      if (beforeObject && key in beforeObject) {
        if (show(previous) !== show(value)) lines.push(`${label(key)}: ${show(previous)} → ${show(value)}`);
      } else {
        lines.push(`${label(key)}: ${show(value)}`);
      }
    }
  }
  return lines;
}
