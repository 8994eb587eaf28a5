import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { checkWitnessStatement } from "@/lib/rules/witness-statements";
import { criteriaForAssessment } from "@/lib/unit-criteria/criteria";
import { witnessStatementPolicyOf } from "./policy";
import { ruleStatementOf } from "./rule-input";
import type { RecordWitnessStatementValues } from "./schemas";

type Tx = Prisma.TransactionClient;
type StatementValues = Omit<RecordWitnessStatementValues, "candidateId">;

const day = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));
const text = (value: string) => (value === "" ? null : value);

/** The criteria chosen, each one this centre assesses the candidate's qualification against. */
export async function statementCriteria(tx: Tx, centreId: string, qualificationId: string, criterionIds: readonly string[]) {
  const criteria = await criteriaForAssessment(tx, centreId, qualificationId, criterionIds);
  if (!criteria) {
    const message = "Choose criteria of this candidate's qualification from the list.";
    throw new AppError("INVALID_INPUT", message, { criterionIds: [message] });
  }
  return criteria;
}

/** The witness-statement rule on what was entered, with the policy of the candidate's awarding body. */
export async function checkEnteredStatement(tx: Tx, candidate: { name: string; qualificationId: string }, values: StatementValues) {
  const qualification = await tx.qualification.findUniqueOrThrow({
    where: { id: candidate.qualificationId },
    select: { awardingBodyId: true },
  });
  return checkWitnessStatement(ruleStatementOf(values, candidate.name), await witnessStatementPolicyOf(tx, qualification.awardingBodyId));
}

/** The statement's own columns from what was entered. The authenticity check is the caller's. */
export function statementColumns(values: StatementValues) {
  return {
    form: values.form,
    witnessName: values.witnessName,
    witnessJobTitle: text(values.witnessJobTitle),
    witnessContactDetails: text(values.witnessContactDetails),
    relationshipToCandidate: text(values.relationshipToCandidate),
    activityDate: day(values.activityDate),
    activityTime: text(values.activityTime),
    venue: text(values.venue),
    description: text(values.description),
    writtenOn: day(values.writtenOn),
    signedOrConfirmedByWitness: values.signedOrConfirmedByWitness,
    witnessIsRelative: values.witnessIsRelative,
    writtenByCandidate: values.writtenByCandidate,
    expertInOccupationSince: values.isExpertWitness ? day(values.expertInOccupationSince) : null,
    authenticityCheckedOn: day(values.authenticityCheckedOn),
    authenticityCheckMethod: text(values.authenticityCheckMethod),
  };
}

/** The evidence item's columns that follow the statement. */
export function evidenceColumns(values: StatementValues) {
  return {
    title: values.title,
    method: values.isExpertWitness ? ("EXPERT_WITNESS_TESTIMONY" as const) : ("WITNESS_TESTIMONY" as const),
    description: text(values.description),
  };
}
