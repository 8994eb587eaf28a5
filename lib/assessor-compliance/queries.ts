import "server-only";
import { approvalWarnings, tryReplayApproval, type ApprovalEvent } from "@/lib/approvals/lifecycle";
import { problem } from "@/lib/rules/findings";
import { requireAssessorInBody } from "@/lib/assessor-register/queries";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { declarationsOf } from "@/lib/conflicts/rule-declarations";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { changesNotified } from "@/lib/circumstances/queries";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { acceptedQualificationChoices } from "@/lib/professional-record/policy";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { qaRequestsOfAssessor } from "@/lib/qa-requests/queries";
import { checkAssessorActivity } from "@/lib/rules/assessor-activity";
import { addDays, addYears } from "@/lib/rules/dates";
import { disagreeRates, type SamplingOutcome } from "@/lib/rules/iqa-sampling";
import { breachesOf, supportingReviewsOf } from "@/lib/supporting-reviews/queries";

// The awarding body's compliance review of one assessor (ICS A3, A4, A5, A10 and "Breach"):
// approval and its warnings, CPD under this body's policy, assessments and busy days at this
// body's centres, IQA sampling outcomes of their decisions there, declarations, changes notified,
// breaches, supporting reviews and quality-assurance requests. Under a Naace-style lifecycle the
// assessments and QA outcomes come from the approval's history (school assessments, moderations,
// quality reviews), since such a body has no centres. Everything is read within the body:
// an assessor outside its register is "not found", and records at other bodies' centres are left out.

const outcomeOf: Record<"AGREE" | "AGREE_WITH_ACTION" | "DISAGREE", SamplingOutcome> = {
  AGREE: "agree",
  AGREE_WITH_ACTION: "agreeWithAction",
  DISAGREE: "disagree",
};

export async function assessorCompliance(access: AccessContext, userId: string, now: Date = new Date()) {
  const body = requireAwardingBodyPermission(access, "assessorRegister.view", "Assessor");
  const db = getPrisma();
  const awardingBodyId = body.workspace.awardingBodyId;
  await requireAssessorInBody(db, body, userId);
  const asOf = isoDay(now);
  // The rolling 12 months to today: after this day, up to and including today (as the activity rule counts).
  const yearStart = addYears(asOf, -1);

  const [policy, person, centres, approval] = await Promise.all([
    awardingBodyPolicy(db, awardingBodyId),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } }),
    db.centre.findMany({ where: { awardingBodyId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.assessorApproval.findFirst({
      where: { awardingBodyId, userId },
      select: {
        id: true,
        scheme: true,
        state: true,
        organisation: true,
        approvedOn: true,
        version: true,
        events: { select: { event: true }, orderBy: { sequence: "asc" } },
      },
    }),
  ]);
  const bodyName = body.workspace.name;
  const centreIds = centres.map((centre) => centre.id);
  const centreName = new Map(centres.map((centre) => [centre.id, centre.name]));

  const [memberships, cpd, activities, samples, declarations, changes, qaRequests, files] = await Promise.all([
    db.membership.findMany({
      where: { userId, centreId: { in: centreIds }, role: { in: ["ASSESSOR", "IQA"] } },
      select: { centreId: true, role: true, status: true },
    }),
    cpdStandings(db, { awardingBodyId, userIds: [userId], asOf }),
    db.assessmentActivity.findMany({
      where: {
        centreId: { in: centreIds },
        assessorUserId: userId,
        occurredOn: { gt: new Date(`${yearStart}T00:00:00Z`), lte: new Date(`${asOf}T00:00:00Z`) },
      },
      select: { occurredOn: true, busyDayJustification: true },
    }),
    db.samplingRecord.findMany({
      where: {
        centreId: { in: centreIds },
        assessorUserId: userId,
        sampledOn: { gt: new Date(`${yearStart}T00:00:00Z`), lte: new Date(`${asOf}T00:00:00Z`) },
      },
      select: { sampledOn: true, outcome: true },
    }),
    declarationsOf(db, { userId }),
    changesNotified(db, { awardingBodyId, userId }),
    qaRequestsOfAssessor(db, { awardingBodyId, userId, asOf }),
    db.staffFile.findMany({
      where: { userId, kind: { in: ["CERTIFICATE", "CV", "ROLE_PROFILE"] } },
      select: { id: true, kind: true, fileName: true, createdAt: true, staffQualification: { select: { code: true } } },
      orderBy: [{ kind: "asc" }, { createdAt: "desc" }],
    }),
  ]);

  // Naace-style bodies have no centres: the assessor's work is the school assessments, moderated
  // assessments and quality reviews recorded in their approval's history (read here, not replayed).
  const schoolWork =
    policy.naaceLifecycle && approval
      ? await db.assessorApprovalEvent.findMany({
          where: {
            awardingBodyId,
            approvalId: approval.id,
            type: { in: ["recordSchoolAssessment", "recordModeration", "completeQualityReview"] },
          },
          select: { id: true, type: true, event: true, occurredOn: true, evidence: true, school: { select: { name: true } } },
          orderBy: [{ occurredOn: "asc" }, { sequence: "asc" }],
        })
      : null;

  // Approval: the lifecycle rule's replay of the stored events, and its warnings as of today. A
  // history that does not replay shows the stored state with a warning, never an error page.
  let approvalView = null;
  if (approval) {
    const replayed = tryReplayApproval(
      approval.scheme,
      approval.events.map((row) => row.event as unknown as ApprovalEvent),
      policy,
    );
    approvalView = {
      id: approval.id,
      scheme: approval.scheme,
      state: approval.state,
      organisation: approval.organisation,
      approvedOn: approval.approvedOn,
      warnings: replayed.ok
        ? approvalWarnings(replayed.record, asOf, policy)
        : [
            problem(
              "approval.history-inconsistent",
              "This approval's recorded history does not replay under the lifecycle rule, so the status shown is the stored one; check its events.",
              "Assay",
            ),
          ],
    };
  }

  // Activity (A4): assessments this person recorded as assessor at this body's centres.
  const assessments = activities.map((row) => ({ on: isoDay(row.occurredOn) }));
  const justifications = activities
    .filter((row) => row.busyDayJustification !== null && row.busyDayJustification.trim() !== "")
    .map((row) => ({ on: isoDay(row.occurredOn), reason: row.busyDayJustification! }));
  const perDay = new Map<string, number>();
  for (const assessment of assessments) perDay.set(assessment.on, (perDay.get(assessment.on) ?? 0) + 1);
  const activityPolicy = policy.assessorActivity;
  const check = activityPolicy
    ? checkAssessorActivity(assessments, justifications, asOf, activityPolicy, approval?.approvedOn ? isoDay(approval.approvedOn) : null)
    : null;
  const justifiedDays = new Set(justifications.map((justification) => justification.on));
  const activity = {
    recorded: assessments.length,
    assessmentsInYear: check?.assessmentsInYear ?? assessments.length,
    policy: activityPolicy,
    /** Days over the daily maximum (only under a policy that sets one), with whether a reason was recorded. */
    busyDays: activityPolicy
      ? [...perDay.entries()]
          .filter(([, count]) => count > activityPolicy.maximumAssessmentsPerDay)
          .map(([on, count]) => ({ on, count, justified: justifiedDays.has(on) }))
          .sort((a, b) => (a.on < b.on ? -1 : 1))
      : [],
    findings: check?.findings ?? [],
  };

  // QA outcomes (A5): IQA sampling of their decisions at this body's centres.
  const sampled = samples.map((row) => ({ assessorId: userId, sampledOn: isoDay(row.sampledOn), outcome: outcomeOf[row.outcome] }));
  const quarters = disagreeRates(sampled, { from: addDays(yearStart, 1), to: asOf }).rows[0]?.byPeriod ?? [];
  const qaOutcomes = {
    sampled: sampled.length,
    agree: sampled.filter((row) => row.outcome === "agree").length,
    agreeWithAction: sampled.filter((row) => row.outcome === "agreeWithAction").length,
    disagree: sampled.filter((row) => row.outcome === "disagree").length,
    quarters: quarters.filter((quarter) => quarter.sampled > 0),
  };

  // Naace: school assessments in the same rolling 12 months, and the moderations and quality reviews as the QA outcomes.
  const naace =
    schoolWork && policy.naaceLifecycle
      ? (() => {
          const row = (event: (typeof schoolWork)[number]) => ({
            id: event.id,
            on: isoDay(event.occurredOn),
            school: event.school?.name ?? null,
            reference: event.evidence,
          });
          const allAssessments = schoolWork.filter((event) => event.type === "recordSchoolAssessment").map(row);
          return {
            qualityReviewEveryAssessments: policy.naaceLifecycle.qualityReviewEveryAssessments,
            schoolAssessmentsInAll: allAssessments.length,
            /** Newest first, within the rolling 12 months. */
            schoolAssessments: allAssessments.filter((assessment) => assessment.on > yearStart && assessment.on <= asOf).reverse(),
            moderations: schoolWork
              .filter((event) => event.type === "recordModeration")
              .map((event) => ({
                ...row(event),
                outcome:
                  (event.event as { outcome?: string }).outcome === "satisfactory"
                    ? ("satisfactory" as const)
                    : ("unsatisfactory" as const),
              }))
              .reverse(),
            qualityReviews: schoolWork
              .filter((event) => event.type === "completeQualityReview")
              .map(row)
              .reverse(),
          };
        })()
      : null;

  // Certificates are named by the qualification, as this body's accepted list words it.
  const qualificationName = new Map(acceptedQualificationChoices([bodyName]).map((choice) => [choice.code, choice.name]));
  const namedFiles = files.map((file) => ({
    ...file,
    qualificationName: file.staffQualification
      ? (qualificationName.get(file.staffQualification.code) ?? file.staffQualification.code)
      : null,
  }));

  // Declarations: only those about this body's centres, their candidates, or its schools.
  const bodyDeclarations = declarations.filter((row) =>
    row.subject === "SCHOOL" ? row.school?.awardingBody.id === awardingBodyId : row.centreId !== null && centreName.has(row.centreId),
  );

  const [breaches, reviews] = approval
    ? await Promise.all([
        breachesOf(db, { awardingBodyId, approvalId: approval.id }),
        supportingReviewsOf(db, { awardingBodyId, approvalId: approval.id }),
      ])
    : [[], []];

  return {
    asOf,
    policy,
    awardingBody: { id: awardingBodyId, name: bodyName, hasCentres: centres.length > 0 },
    person,
    centres: memberships.map((membership) => ({ ...membership, centreName: centreName.get(membership.centreId) ?? "" })),
    approval: approvalView,
    /** Supporting reviews apply under the Institute's lifecycle only. */
    supportingReviewsApply: approval?.scheme === "ICS" && policy.icsLifecycle !== null,
    cpd: { policy: policy.cpd, standing: cpd.get(userId) ?? null },
    activity,
    qaOutcomes,
    /** Naace-style lifecycle only: school assessments, moderations and quality reviews from the approval's history. */
    naace,
    declarations: bodyDeclarations,
    changes,
    breaches,
    openBreaches: breaches.filter((breach) => breach.supportingReview.status === "OPEN").length,
    reviews,
    qaRequests,
    files: namedFiles,
  };
}

export type AssessorCompliance = Awaited<ReturnType<typeof assessorCompliance>>;
