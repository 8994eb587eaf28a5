import { describe, expect, it } from "vitest";
import { signInAtAwardingBody, renderPage } from "@/tests/support/page-session";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import type { SamplingOutcome } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentre, createUser } from "@/tests/factories/centre-world";
import { assessorCompliance } from "./queries";

// The pages render after the session mock is in place (page-session).
const { default: CompliancePage } = await import("@/app/(app)/assessors/[userId]/page");
const { default: ReviewPage } = await import("@/app/(app)/assessors/[userId]/reviews/[reviewId]/page");
const { default: QaRequestPage } = await import("@/app/(app)/assessors/[userId]/qa-requests/[requestId]/page");

const db = () => getPrisma();
const today = isoDay(new Date());

async function bodyAccess(userId: string, awardingBodyId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId) });
  if (!access) throw new Error("no access");
  return access;
}

/** Assessment records of the Institute's assessor at a centre: activities and IQA samples of their decisions, written directly. */
async function recordsAt(world: AwardingBodyWorld, centreId: string) {
  const stamp = `${centreId.slice(0, 8)}${Math.random().toString(36).slice(2, 6)}`;
  const qualification = await db().qualification.create({
    data: {
      awardingBodyId: world.ics.id,
      qualificationNumber: `ICS/${stamp}`,
      title: "Customer Service Practitioner",
      level: 2,
      ruleOfCombination: { groups: [], rules: [] },
    },
  });
  const unit = await db().unit.create({
    data: { qualificationId: qualification.id, urn: `U/${stamp}`, title: "Deal with customers", credit: 3, level: 2, glh: 20, group: "A" },
  });
  const candidate = await db().candidate.create({
    data: {
      centreId,
      name: "Cleo Candidate",
      email: `cleo.${stamp}@test.example`,
      dateOfBirth: new Date("2000-05-01"),
      uln: "1000000000",
      qualificationId: qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
      assessorUserId: world.icsAssessor.id,
    },
  });
  const iqa = await createUser("Quinn Iqa");
  const activity = (on: string, busyDayJustification: string | null = null) =>
    db().assessmentActivity.create({
      data: {
        centreId,
        candidateId: candidate.id,
        assessorUserId: world.icsAssessor.id,
        method: "OBSERVATION",
        occurredOn: new Date(`${on}T00:00:00Z`),
        place: "Contact centre",
        description: "Observed a call",
        decision: "CRITERIA_MET",
        busyDayJustification,
      },
    });
  const plan = await db().samplingPlan.create({
    data: {
      centreId,
      qualificationId: qualification.id,
      iqaUserId: iqa.id,
      periodFrom: new Date(`${addDays(today, -200)}T00:00:00Z`),
      periodTo: new Date(`${today}T00:00:00Z`),
      seed: "test",
      status: "RECORDED",
      strategySnapshot: {},
      exclusions: { own: 0, conflict: 0 },
      recordedAt: new Date(),
      createdById: iqa.id,
    },
  });
  const sample = async (sampledOn: string, outcome: SamplingOutcome) => {
    const decision = await db().unitDecision.create({
      data: {
        centreId,
        candidateId: candidate.id,
        unitId: unit.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All criteria met",
        decidedOn: new Date(`${sampledOn}T00:00:00Z`),
        assessorUserId: world.icsAssessor.id,
        status: "SIGNED_OFF",
      },
    });
    const item = await db().samplingPlanItem.create({
      data: { centreId, planId: plan.id, unitDecisionId: decision.id, stage: "SUMMATIVE", origin: "PROPOSED", reason: "Chosen" },
    });
    return db().samplingRecord.create({
      data: {
        centreId,
        planItemId: item.id,
        unitDecisionId: decision.id,
        decisionVersion: 1,
        candidateId: candidate.id,
        unitId: unit.id,
        assessorUserId: world.icsAssessor.id,
        iqaUserId: iqa.id,
        stage: "SUMMATIVE",
        sampledOn: new Date(`${sampledOn}T00:00:00Z`),
        criterionIds: [],
        evidenceItemIds: [],
        methods: ["OBSERVATION"],
        outcome,
        rationale: "Sampled",
      },
    });
  };
  return { activity, sample };
}

describe("the compliance review of one assessor", () => {
  it("none recorded: no assessments and no QA outcomes; CPD under the Institute's policy; the approval's state", async () => {
    const world = await createAwardingBodyWorld();
    const review = await assessorCompliance(await bodyAccess(world.icsStaff.id, world.ics.id), world.icsAssessor.id);
    expect(review.activity).toMatchObject({ recorded: 0, assessmentsInYear: 0, busyDays: [] });
    expect(review.qaOutcomes).toMatchObject({ sampled: 0, quarters: [] });
    expect(review.approval).toMatchObject({ scheme: "ICS", state: "singleSignOff" });
    expect(review.cpd.policy?.minimumHours).toBe(7);
    expect(review.cpd.standing).not.toBeNull();
    expect(review.supportingReviewsApply).toBe(true);
    expect(review.changes.map((change) => change.id)).toEqual([world.icsChange.id]);
    expect(review.reviews.map((row) => row.id)).toEqual([world.icsPastReview.id]);
    expect(review.openBreaches).toBe(0);
    const html = await (async () => {
      await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
      return renderPage(CompliancePage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }));
    })();
    expect(html).toContain("Compliance review: Ivan Assessor");
    expect(html).toContain("None recorded at this body&#x27;s centres.");
    expect(html).toContain("None recorded: no IQA sampling");
    expect(html).toContain("Record a breach");
  });

  it("counts assessments and busy days from this body's assessment records only, and QA outcomes from IQA sampling", async () => {
    const world = await createAwardingBodyWorld();
    const here = await recordsAt(world, world.icsCentre.id);
    const busy = addDays(today, -30);
    for (let i = 0; i < 5; i++) await here.activity(busy);
    const justified = addDays(today, -60);
    for (let i = 0; i < 5; i++)
      await here.activity(justified, i === 0 ? "Assessment day booked by the employer for five candidates." : null);
    await here.activity(addDays(today, -10));
    await here.activity(addDays(today, -400)); // more than 12 months ago
    await here.sample(addDays(today, -20), "AGREE");
    await here.sample(addDays(today, -21), "AGREE_WITH_ACTION");
    await here.sample(addDays(today, -22), "DISAGREE");
    // Records at a centre of another awarding body are not this body's to see.
    const elsewhere = await createCentre("Other Body College", world.naace.id);
    const there = await recordsAt(world, elsewhere.id);
    for (let i = 0; i < 6; i++) await there.activity(addDays(today, -5));
    await there.sample(addDays(today, -5), "DISAGREE");

    const review = await assessorCompliance(await bodyAccess(world.icsStaff.id, world.ics.id), world.icsAssessor.id);
    expect(review.activity.assessmentsInYear).toBe(11);
    expect(review.activity.busyDays).toEqual(
      [
        { on: justified, count: 5, justified: true },
        { on: busy, count: 5, justified: false },
      ].sort((a, b) => (a.on < b.on ? -1 : 1)),
    );
    // The rule warns only about the day with no reason recorded.
    expect(review.activity.findings.map((finding) => finding.code)).toEqual(["activity.above-daily-maximum"]);
    expect(review.activity.findings[0]!.message).toContain(busy);
    expect(review.qaOutcomes).toMatchObject({ sampled: 3, agree: 1, agreeWithAction: 1, disagree: 1 });
    expect(review.qaOutcomes.quarters.reduce((sum, quarter) => sum + quarter.sampled, 0)).toBe(3);

    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = await renderPage(CompliancePage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }));
    expect(html).toContain("Days over the daily maximum");
    expect(html).toContain("No reason recorded");
    expect(html).toContain("3 decisions sampled by IQAs in the last 12 months: 1 agreed, 1 agreed with action, 1 disagreed.");
  });

  it("Naace (no centres): school assessments of the last 12 months and moderations and quality reviews from the approval's history", async () => {
    const world = await createAwardingBodyWorld();
    const other = await db().school.create({ data: { awardingBodyId: world.naace.id, name: `Riverbank Community ${Date.now()}` } });
    const events: { type: string; event: Record<string, unknown>; schoolId?: string; evidence?: string }[] = [
      { type: "recordModeration", event: { outcome: "unsatisfactory" }, schoolId: world.school.id, evidence: "Moderation report M-1" },
      { type: "completeDevelopment", event: {} },
      { type: "recordModeration", event: { outcome: "satisfactory" }, schoolId: other.id, evidence: "Moderation report M-2" },
      { type: "recordInitialFeePaid", event: {} },
      { type: "recordSchoolAssessment", event: {}, schoolId: world.school.id, evidence: "SA-301" },
      { type: "recordSchoolAssessment", event: {}, schoolId: other.id, evidence: "SA-302" },
      { type: "recordSchoolAssessment", event: {}, schoolId: world.school.id, evidence: "SA-303" },
      { type: "completeQualityReview", event: {} },
    ];
    const days = [-700, -650, -600, -590, -400, -100, -20, -10];
    for (const [index, row] of events.entries()) {
      const on = addDays(today, days[index]!);
      await db().assessorApprovalEvent.create({
        data: {
          awardingBodyId: world.naace.id,
          approvalId: world.naaceApproval.id,
          sequence: index + 2,
          type: row.type,
          event: { type: row.type, on, ...row.event },
          occurredOn: new Date(`${on}T00:00:00Z`),
          reason: "Recorded",
          evidence: row.evidence ?? null,
          schoolId: row.schoolId ?? null,
        },
      });
    }
    await db().assessorApproval.update({ where: { id: world.naaceApproval.id }, data: { state: "accredited" } });

    const review = await assessorCompliance(await bodyAccess(world.naaceStaff.id, world.naace.id), world.naaceAssessor.id);
    expect(review.awardingBody.hasCentres).toBe(false);
    expect(review.naace).toMatchObject({
      schoolAssessmentsInAll: 3,
      schoolAssessments: [
        { on: addDays(today, -20), school: world.school.name, reference: "SA-303" },
        { on: addDays(today, -100), school: other.name, reference: "SA-302" },
      ],
      moderations: [
        { on: addDays(today, -600), school: other.name, outcome: "satisfactory" },
        { on: addDays(today, -700), school: world.school.name, outcome: "unsatisfactory" },
      ],
      qualityReviews: [{ on: addDays(today, -10) }],
    });

    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const html = await renderPage(CompliancePage({ params: Promise.resolve({ userId: world.naaceAssessor.id }) }));
    expect(html).toContain("2 school assessments in the 12 months to");
    expect(html).toContain("(3 in all;");
    expect(html).toContain("School assessments in the last 12 months");
    expect(html).toContain("SA-303");
    expect(html).not.toContain("SA-301");
    expect(html).toContain("Moderated assessments");
    expect(html).toContain("Unsatisfactory");
    expect(html).toContain("Satisfactory");
    expect(html).toContain("1 quality review completed:");
    // Naace has no centres: nothing on the page speaks of them.
    expect(html).not.toMatch(/centres/);
    expect(html).not.toContain("None recorded");
  });

  it("OCR-style body (no lifecycle): supporting reviews are worded for that body; certificates by the qualification's name", async () => {
    const ocr = await db().awardingBody.create({ data: { name: `OCR ${Date.now().toString(36)}`, legalName: "OCR" } });
    const ocrStaff = await createUser("Helen Ocr");
    await db().awardingBodyMembership.create({ data: { awardingBodyId: ocr.id, userId: ocrStaff.id } });
    const centre = await createCentre("Northgate Test College", ocr.id);
    const sam = await createUser("Sam Assessor");
    await db().membership.create({ data: { centreId: centre.id, userId: sam.id, role: "IQA" } });
    const qualification = await db().staffQualification.create({ data: { userId: sam.id, code: "AWARD_IQA", held: true } });
    await db().staffFile.create({
      data: {
        userId: sam.id,
        kind: "CERTIFICATE",
        fileName: "award-iqa-certificate.pdf",
        contentType: "application/pdf",
        byteSize: 100,
        storageKey: `test/${sam.id}/award-iqa.pdf`,
        sha256: "0".repeat(64),
        staffQualificationId: qualification.id,
      },
    });
    await signInAtAwardingBody(ocrStaff.id, ocr.id);
    const html = await renderPage(CompliancePage({ params: Promise.resolve({ userId: sam.id }) }));
    expect(html).toContain(`${ocr.name} approves no assessors itself; its centres do. Supporting reviews are not part of its process.`);
    expect(html).not.toContain("Institute of Customer Service");
    expect(html).toContain("Certificate for Award in Internal Quality Assurance of the Assessment Processes and Practices");
    expect(html).not.toContain("(AWARD_IQA)");
  });

  it("a body without an activity policy shows the counts only", async () => {
    const world = await createAwardingBodyWorld();
    const naaceCentre = await createCentre("Naace Partner School", world.naace.id);
    const nadia = await createUser("Nadia Assessor");
    await db().membership.create({ data: { centreId: naaceCentre.id, userId: nadia.id, role: "ASSESSOR" } });
    const review = await assessorCompliance(await bodyAccess(world.naaceStaff.id, world.naace.id), nadia.id);
    expect(review.activity.policy).toBeNull();
    expect(review.activity.busyDays).toEqual([]);
    expect(review.approval).toBeNull();
    expect(review.supportingReviewsApply).toBe(false);
  });

  it("isolation: Naace's and OCR's staff get not found for the Institute's assessor, review and request", async () => {
    const world = await createAwardingBodyWorld();
    const ocr = await db().awardingBody.create({ data: { name: `OCR ${Date.now().toString(36)}`, legalName: "OCR" } });
    const ocrStaff = await createUser("Olly Ocr");
    await db().awardingBodyMembership.create({ data: { awardingBodyId: ocr.id, userId: ocrStaff.id } });
    for (const [userId, bodyId] of [
      [world.naaceStaff.id, world.naace.id],
      [ocrStaff.id, ocr.id],
    ] as const) {
      await expect(assessorCompliance(await bodyAccess(userId, bodyId), world.icsAssessor.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await signInAtAwardingBody(userId, bodyId);
      await expect(renderPage(CompliancePage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }))).rejects.toThrow(
        /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
      );
      await expect(
        renderPage(ReviewPage({ params: Promise.resolve({ userId: world.icsAssessor.id, reviewId: world.icsPastReview.id }) })),
      ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
      await expect(
        renderPage(QaRequestPage({ params: Promise.resolve({ userId: world.icsAssessor.id, requestId: world.icsPastQaRequest.id }) })),
      ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
    // The assessor, in the Institute's workspace, keeps only their own record: no compliance review.
    await expect(assessorCompliance(await bodyAccess(world.icsAssessor.id, world.ics.id), world.icsAssessor.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The Institute's staff see the closed review and the completed request.
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const reviewHtml = await renderPage(
      ReviewPage({ params: Promise.resolve({ userId: world.icsAssessor.id, reviewId: world.icsPastReview.id }) }),
    );
    expect(reviewHtml).toContain("Resolved with advice.");
    const requestHtml = await renderPage(
      QaRequestPage({ params: Promise.resolve({ userId: world.icsAssessor.id, requestId: world.icsPastQaRequest.id }) }),
    );
    expect(requestHtml).toContain("Log complete.");
  });
});
