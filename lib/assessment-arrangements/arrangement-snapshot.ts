import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { candidateUnits, unitName } from "@/lib/prior-learning/candidate-units";
import type { ArrangementSnapshot } from "./audit-summaries";
import { arrangementKindLabels } from "./labels";

// What the arrangement actions share: the unit checked against the candidate's entry, the
// dates as stored, and the arrangement as the audit trail shows it.

type Candidate = { centreId: string; qualificationId: string; entryType: "FULL_AWARD" | "UNITS"; entryUnitIds: string[] };

/** The unit named, if one of the candidate's; "" is every unit. A unit they are not entered for is told next to the field. */
export async function arrangementUnit(tx: Prisma.TransactionClient, candidate: Candidate, unitId: string) {
  if (unitId === "") return null;
  const unit = (await candidateUnits(tx, candidate)).find((candidateUnit) => candidateUnit.id === unitId);
  if (!unit) {
    const message = "Choose one of the units the candidate is entered for, or every unit.";
    throw new AppError("INVALID_INPUT", message, { unitId: [message] });
  }
  return unit;
}

export const dayOf = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));

export function snapshotOf(row: {
  kind: keyof typeof arrangementKindLabels;
  reason: string;
  arrangement: string;
  unit: { urn: string; title: string } | null;
  appliesFrom: Date;
  appliesUntil: Date | null;
  approvedByAwardingBodyOn: Date | null;
}): ArrangementSnapshot {
  return {
    kind: arrangementKindLabels[row.kind],
    reason: row.reason,
    arrangement: row.arrangement,
    unit: row.unit ? unitName(row.unit) : "Every unit",
    appliesFrom: isoDay(row.appliesFrom),
    appliesUntil: isoDay(row.appliesUntil),
    approvedByAwardingBodyOn: isoDay(row.approvedByAwardingBodyOn),
  };
}
