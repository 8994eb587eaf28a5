import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { writeRecordVersion } from "@/lib/signatures/record-versions";
import { planContent } from "./plan-content";
import type { CreateAssessmentPlanInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** A plan of the active centre, or "not found" (also for another centre's id). */
export async function loadCentrePlan(tx: Tx, access: CentreAccess, planId: string) {
  const plan = await tx.assessmentPlan.findFirst({ where: { id: planId, centreId: access.workspace.centreId } });
  if (!plan) throw notFound("Assessment plan");
  return plan;
}

/** The units chosen, each one of the candidate's qualification; refuses any other id. */
export async function planUnits(tx: Tx, qualificationId: string, unitIds: readonly string[]) {
  const units = await tx.unit.findMany({
    where: { id: { in: [...unitIds] }, qualificationId },
    select: { id: true, urn: true, title: true },
  });
  if (units.length !== new Set(unitIds).size) {
    const message = "Choose units of the candidate's qualification from the list.";
    throw new AppError("INVALID_INPUT", message, { unitIds: [message] });
  }
  return units;
}

export const planRecordRef = (centreId: string, planId: string) => ({ centreId, recordType: "ASSESSMENT_PLAN" as const, recordId: planId });

/** Writes the plan's content as its next record version (unchanged content keeps the latest). */
export async function writePlanVersion(
  tx: Tx,
  plan: Parameters<typeof planContent>[0] & { id: string; centreId: string },
  units: Parameters<typeof planContent>[1],
  userId: string,
) {
  return writeRecordVersion(tx, planRecordRef(plan.centreId, plan.id), planContent(plan, units), userId);
}

const toDay = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));
const orNull = (value: string) => (value === "" ? null : value);

/** The plan's columns from what the assessor entered (a blank date or optional text is stored as null). */
export function planColumns(values: Omit<CreateAssessmentPlanInput, "candidateId">) {
  return {
    title: values.title,
    activities: values.activities,
    methods: values.methods,
    evidenceSources: values.evidenceSources,
    unitIds: values.unitIds,
    plannedOn: toDay(values.plannedOn),
    reviewOn: toDay(values.reviewOn),
    place: orNull(values.place),
    peopleInvolved: orNull(values.peopleInvolved),
  };
}
