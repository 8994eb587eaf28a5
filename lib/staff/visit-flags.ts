// Pure pieces of the visit flags (handbook 5.20.2), shared by the staff list and a staff member's
// page. No database, no clock.

import { MS_PER_DAY } from "@/lib/format/dates";

/**
 * Whether someone who joined the assessment team at `joinedAt` is new since the last completed
 * external verifier visit (on the day `lastVisitOn`): joined after that day. With no completed
 * visit, everyone is new: the first visit sees everyone's CV, training and certificates.
 */
export function joinedSinceVisit(joinedAt: Date, lastVisitOn: Date | null): boolean {
  if (!lastVisitOn) return true;
  const endOfVisitDay = Math.floor(lastVisitOn.getTime() / MS_PER_DAY) * MS_PER_DAY + MS_PER_DAY;
  return joinedAt.getTime() >= endOfVisitDay;
}

export type VisitFlagLabel = { key: string; label: string; tone: "info" | "warning" | "danger" };

/** A person's approval by the centre's awarding body, where it runs an approval lifecycle (the Institute, Naace). */
export type ApprovalFlag = { stateLabel: string; ended: boolean; tone: "success" | "info" | "warning" | "danger" };

/**
 * The badges for a person's flags, in the order the visit needs them. An approval the awarding
 * body withdrew, removed or ended comes first, in red; one under review or not accredited, in amber.
 */
export function visitFlagLabels(
  flags: {
    newSinceVisit: boolean;
    missingCertificates: readonly string[];
    cpd: { status: "compliant" | "atRisk" | "nonCompliant" } | null;
    hasSampleSignature: boolean;
  },
  approval: ApprovalFlag | null = null,
): VisitFlagLabel[] {
  const labels: VisitFlagLabel[] = [];
  if (approval?.ended) labels.push({ key: "approval", label: `Approval: ${approval.stateLabel}`, tone: "danger" });
  else if (approval?.tone === "warning") labels.push({ key: "approval", label: `Approval: ${approval.stateLabel}`, tone: "warning" });
  if (flags.newSinceVisit) labels.push({ key: "new", label: "New since the last visit", tone: "info" });
  if (flags.missingCertificates.length > 0) {
    labels.push({ key: "certificates", label: `Certificate missing: ${flags.missingCertificates.join(", ")}`, tone: "warning" });
  }
  if (flags.cpd?.status === "atRisk") labels.push({ key: "cpd", label: "CPD at risk", tone: "warning" });
  if (flags.cpd?.status === "nonCompliant") labels.push({ key: "cpd", label: "CPD non-compliant", tone: "danger" });
  if (!flags.hasSampleSignature) labels.push({ key: "signature", label: "No sample signature", tone: "warning" });
  return labels;
}
