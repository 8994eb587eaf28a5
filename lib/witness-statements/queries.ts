import "server-only";
import { pickableCriteriaOfQualifications } from "@/lib/activities/queries";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate, requireCandidateReader } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { witnessStatementFindings } from "./findings";
import { witnessStatementPolicyOf } from "./policy";

// Witness statements are read through the candidate: the centre's staff see its candidates', a
// candidate only their own. Anything else is "not found".

/** What the assessor's form needs: the candidate, the criteria of their units, and the awarding body's policy. */
export async function witnessStatementFormOptions(access: AccessContext, candidateId: string) {
  const centre = requireCentrePermission(access, "assessment.record", "Candidate");
  const candidate = await loadCandidate(getPrisma(), centre, candidateId);
  const [criteria, qualification] = await Promise.all([
    pickableCriteriaOfQualifications(centre.workspace.centreId, [candidate.qualificationId]),
    getPrisma().qualification.findUniqueOrThrow({
      where: { id: candidate.qualificationId },
      select: { awardingBodyId: true },
    }),
  ]);
  return {
    candidate,
    criteria: criteria[candidate.qualificationId] ?? [],
    policy: await witnessStatementPolicyOf(getPrisma(), qualification.awardingBodyId),
  };
}

/** One witness statement of the candidate, with its evidence item, criteria, files and the rule's findings now. */
export async function getWitnessStatement(access: AccessContext, candidateId: string, statementId: string) {
  // Staff, the candidate, or an external verifier granted this candidate (read-only; logged).
  const centre = requireCandidateReader(access);
  const candidate = await loadCandidate(getPrisma(), centre, candidateId);
  requireRecordId(statementId, "Witness statement");
  const centreId = centre.workspace.centreId;
  const statement = await getPrisma().witnessStatement.findFirst({
    where: { id: statementId, centreId, candidateId: candidate.id },
    include: {
      evidenceItem: {
        select: {
          id: true,
          reference: true,
          title: true,
          method: true,
          status: true,
          version: true,
          rejectionReason: true,
          criteria: {
            select: {
              id: true,
              judgement: true,
              criterion: { select: { id: true, ref: true, text: true, unit: { select: { id: true, title: true, urn: true } } } },
            },
          },
          files: { select: { id: true, fileName: true, contentType: true, byteSize: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!statement) throw notFound("Witness statement");
  await logExternalVerifierAccess(getPrisma(), { access: centre, candidateId: candidate.id, action: "VIEW", what: "Witness statement" });
  const people = await getPrisma().user.findMany({
    where: { id: { in: [statement.createdById, statement.authenticityCheckedById].filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return {
    candidate,
    statement,
    recordedBy: names.get(statement.createdById) ?? null,
    checkedBy: statement.authenticityCheckedById ? (names.get(statement.authenticityCheckedById) ?? null) : null,
    findings: await witnessStatementFindings(getPrisma(), centreId, statement.evidenceItemId),
  };
}
