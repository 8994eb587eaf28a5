import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { assessingCentres, bodiesOf, maySelfDeclare } from "./eligibility";
import { nonBlockingRelationships } from "./labels";
import { declareConflictSchema } from "./schemas";

export type ConflictDeclaredSummary = {
  subject: "CANDIDATE" | "CENTRE" | "SCHOOL";
  /** Whom it is about, by name: the candidate, the centre or the school. */
  about: string;
  after: { relationship: string; details: string | null; declaredOn: string };
  /** The declarer was allocated to the candidate when they declared a relationship that stops them. */
  allocatedAndBlocked: ("assessor" | "iqa")[];
};

const missingMessages = {
  CANDIDATE: { field: "candidateId", message: "Candidate not found." },
  CENTRE: { field: "centreId", message: "Centre not found." },
  SCHOOL: { field: "schoolId", message: "School not found." },
} as const;

function notFoundFor(subject: keyof typeof missingMessages): AppError {
  const { field, message } = missingMessages[subject];
  return new AppError("NOT_FOUND", message, { [field]: [message] });
}

/**
 * An assessor or IQA declares, on their professional record, a relationship with a candidate at a
 * centre where they assess or quality-assure, with a centre of one of their awarding bodies, or
 * with a school of a body that approved them (ICS A2; Naace principle 9). It is always saved; the
 * answer says whether it stops them in a role they are allocated to. The audit entry goes on the
 * centre's chain (candidate, centre) or the awarding body's (school).
 */
export const declareConflict = definePersonalAction({
  name: "conflict.declare",
  audit: { label: "Declared a conflict of interest", summary: auditSummary<ConflictDeclaredSummary>() },
  input: declareConflictSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    if (!(await maySelfDeclare(tx, access.userId))) {
      throw new AppError("FORBIDDEN", "Only assessors and IQAs, and assessors an awarding body approved, declare conflicts of interest.");
    }
    if (input.declaredOn > isoDay(now)) {
      const message = "The declaration date cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { declaredOn: [message] });
    }
    let about: string;
    let target: { centreId: string | null; candidateId: string | null; awardingBodyId: string | null; schoolId: string | null };
    let allocatedAndBlocked: ("assessor" | "iqa")[] = [];
    let allocatedCandidates = 0;
    const blocks = !nonBlockingRelationships.includes(input.relationship);
    if (input.subject === "CANDIDATE") {
      const centres = await assessingCentres(tx, access.userId);
      if (!centres.some((centre) => centre.id === input.centreId)) throw notFoundFor("CANDIDATE");
      const candidate = await tx.candidate.findFirst({
        where: { id: input.candidateId, centreId: input.centreId },
        select: { id: true, name: true, assessorUserId: true, iqaUserId: true },
      });
      if (!candidate) throw notFoundFor("CANDIDATE");
      about = candidate.name;
      target = { centreId: input.centreId, candidateId: candidate.id, awardingBodyId: null, schoolId: null };
      if (blocks) {
        allocatedAndBlocked = [
          ...(candidate.assessorUserId === access.userId ? (["assessor"] as const) : []),
          ...(candidate.iqaUserId === access.userId ? (["iqa"] as const) : []),
        ];
      }
    } else if (input.subject === "CENTRE") {
      const bodies = await bodiesOf(tx, access.userId);
      const centre = await tx.centre.findFirst({
        where: { id: input.centreId, awardingBodyId: { in: [...bodies.assessing, ...bodies.approving] } },
        select: { id: true, name: true },
      });
      if (!centre) throw notFoundFor("CENTRE");
      about = centre.name;
      target = { centreId: centre.id, candidateId: null, awardingBodyId: null, schoolId: null };
      if (blocks) {
        allocatedCandidates = await tx.candidate.count({
          where: { centreId: centre.id, status: "ACTIVE", OR: [{ assessorUserId: access.userId }, { iqaUserId: access.userId }] },
        });
      }
    } else {
      const { approving } = await bodiesOf(tx, access.userId);
      const school = await tx.school.findFirst({
        where: { id: input.schoolId, awardingBodyId: { in: approving } },
        select: { id: true, name: true, awardingBodyId: true },
      });
      if (!school) throw notFoundFor("SCHOOL");
      about = school.name;
      target = { centreId: null, candidateId: null, awardingBodyId: school.awardingBodyId, schoolId: school.id };
    }
    const same = await tx.conflictOfInterestDeclaration.count({
      where: { staffUserId: access.userId, subject: input.subject, ...target, relationship: input.relationship, endedOn: null },
    });
    if (same > 0) {
      const message = `You have already declared this relationship with ${about}, and it has not ended.`;
      throw new AppError("CONFLICT", message, { relationship: [message] });
    }
    const declaration = await tx.conflictOfInterestDeclaration.create({
      data: {
        staffUserId: access.userId,
        subject: input.subject,
        ...target,
        relationship: input.relationship,
        details: input.details || null,
        declaredOn: new Date(`${input.declaredOn}T00:00:00.000Z`),
      },
    });
    await audit({
      centreId: target.centreId,
      awardingBodyId: target.awardingBodyId,
      targetType: "ConflictOfInterestDeclaration",
      targetId: declaration.id,
      summary: {
        subject: input.subject,
        about,
        after: { relationship: input.relationship, details: input.details || null, declaredOn: input.declaredOn },
        allocatedAndBlocked,
      },
    });
    return {
      declarationId: declaration.id,
      subject: input.subject,
      about,
      /** Kept for the candidate form's answer. */
      candidate: about,
      blocks,
      allocatedAndBlocked,
      /** For a centre: how many of its active candidates the person is allocated to (they must be reallocated). */
      allocatedCandidates,
    };
  },
});
