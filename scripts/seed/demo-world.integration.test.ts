import { beforeAll, describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey, type AwardingBodyAccess, type CentreAccess } from "@/lib/auth/access-context";
import { approvalWarnings, replayApproval, type ApprovalEvent } from "@/lib/approvals/lifecycle";
import { registerRows } from "@/lib/assessor-register/queries";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { missingCertificates } from "@/lib/professional-record/certificates";
import { isoDay } from "@/lib/format/dates";
import { addDays as addIsoDays } from "@/lib/rules/dates";
import { ictMarkStanding } from "@/lib/rules/ict-mark";
import { builtInPolicies } from "@/lib/rules/policies";
import { unansweredLetter } from "@/lib/rules/supporting-review-correspondence";
import { assertMayAssess } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";
import { isValidUln } from "@/lib/rules/uln";
import { loadUnitOfCandidate, loadUnitRecords, unitReadiness, assessorStatusOf } from "@/lib/sign-off/unit-records";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { addDays, startOfUtcDay } from "@/lib/format/dates";
import { iqaHome } from "@/lib/iqa-home/queries";
import { getIqaFeedback, listFeedbackReceived, overdueIqaActions } from "@/lib/iqa-feedback/queries";
import { readRd11, readSamplingItemPage } from "@/lib/sampling-records/queries";
import { getSamplingHub, getSamplingPlan } from "@/lib/sampling/plan-queries";
import { listAssessorRiskRatings } from "@/lib/sampling/strategy-queries";
import { getStandardisationExercise, getStandardisationMeeting } from "@/lib/standardisation/queries";
import { currentRiskRatings } from "@/lib/sampling/risk-ratings";
import { defaultStrategyNumbers, loadSamplingStrategy } from "@/lib/sampling/strategy";
import { demoCandidates, demoCentres, demoStaffRecords, demoUnits } from "./demo-data";
import { centreOperationsJourneys } from "./centre-operations-stories";
import { demoSignInsText, loadDemoWorld } from "./load-demo-world";
import {
  demoSchools,
  icsAssessors,
  icsStaff,
  missingCertificate,
  naaceAssessors,
  naaceStaff,
  newTeamMember,
  newTeamMemberRecord,
  ocrCpdStories,
} from "./professional-record-data";
import { northgateVisits } from "./professional-record-stories";
import { iqaJourney } from "./sampling-data";

// The demo world as `npm start` loads it: every state the issue names is there, the signed
// records verify, and the sign-off rule agrees with what each demo account is meant to show.

const db = () => getPrisma();

async function candidateNamed(name: string) {
  return db().candidate.findFirstOrThrow({ where: { name } });
}
async function userId(email: string) {
  return (await db().user.findUniqueOrThrow({ where: { email } })).id;
}
async function readiness(candidateName: string, urn: string, assessorEmail: string) {
  const candidate = await candidateNamed(candidateName);
  const unit = await db().unit.findFirstOrThrow({ where: { urn, qualificationId: candidate.qualificationId } });
  const records = await loadUnitRecords(db(), candidate.centreId, candidate.id, await loadUnitOfCandidate(db(), candidate, unit.id));
  return unitReadiness(db(), candidate.centreId, candidate.id, records, await userId(assessorEmail));
}
const problems = (result: Awaited<ReturnType<typeof readiness>>) =>
  result.findings.filter((finding) => finding.severity === "problem").map((finding) => finding.code);

beforeAll(async () => {
  expect(await loadDemoWorld({ onlyIfEmpty: true })).toBe("loaded");
}, 120_000);

describe("the demo world", () => {
  it("loads once: a second run (with or without --if-empty) changes nothing", async () => {
    const before = await db().candidate.count();
    expect(await loadDemoWorld({ onlyIfEmpty: true })).toBe("skipped");
    expect(await loadDemoWorld({ onlyIfEmpty: false })).toBe("skipped");
    expect(await db().candidate.count()).toBe(before);
  });

  it("holds the published outcomes and criteria of the three units whose criteria are known", async () => {
    const criteria = await db().assessmentCriterion.findMany({ where: { centreId: null }, include: { unit: { select: { urn: true } } } });
    const perUnit = (urn: string) => criteria.filter((criterion) => criterion.unit.urn === urn).length;
    expect(perUnit(demoUnits.retention)).toBe(14);
    expect(perUnit(demoUnits.complaints)).toBe(17);
    expect(perUnit(demoUnits.business)).toBe(12);
    expect(await db().learningOutcome.count({ where: { centreId: null } })).toBe(8);
  });

  it("registers every demo candidate with valid RD01 details, most with their own account and one pending per centre", async () => {
    const candidates = await db().candidate.findMany();
    expect(candidates).toHaveLength(demoCandidates.length);
    for (const candidate of candidates) {
      if (candidate.uln !== null) expect(isValidUln(candidate.uln)).toBe(true);
      expect(candidate.assessorUserId).not.toBeNull();
      expect(candidate.iqaUserId).not.toBeNull();
      expect(candidate.employer).toBeTruthy();
    }
    const pending = candidates.filter((candidate) => candidate.userId === null);
    expect(pending.map((candidate) => candidate.name).sort()).toEqual(["Ben Foster", "Ella Morgan"]);
    for (const candidate of pending) {
      const invitation = await db().invitation.findUniqueOrThrow({ where: { id: candidate.invitationId! } });
      expect(invitation).toMatchObject({ role: "CANDIDATE", status: "PENDING", email: candidate.email });
    }
    for (const candidate of candidates.filter((c) => c.userId !== null)) {
      const membership = await db().membership.findFirst({
        where: { centreId: candidate.centreId, userId: candidate.userId!, role: "CANDIDATE" },
      });
      expect(membership).not.toBeNull();
    }
  });

  it("gives every demo assessor candidates at each centre they assess for, and every candidate with an account work to see", async () => {
    for (const centre of demoCentres) {
      const centreRow = await db().centre.findFirstOrThrow({ where: { centreNumber: centre.centreNumber } });
      for (const member of centre.members.filter((m) => m.roles.includes("ASSESSOR"))) {
        const allocated = await db().candidate.count({ where: { centreId: centreRow.id, assessorUserId: await userId(member.email) } });
        expect(allocated, `${member.name} at ${centre.name}`).toBeGreaterThan(0);
      }
    }
    for (const candidate of await db().candidate.findMany({ where: { userId: { not: null } } })) {
      const where = { where: { candidateId: candidate.id } };
      const records =
        (await db().assessmentPlan.count(where)) + (await db().evidenceItem.count(where)) + (await db().feedback.count(where));
      expect(records, candidate.name).toBeGreaterThan(0);
    }
  });

  it("keeps assessor qualifications and competence: one assessor working towards, the others qualified", async () => {
    const daniel = await userId("daniel.hughes@northgate.example");
    const northgate = await db().centre.findFirstOrThrow({ where: { centreNumber: "61234" } });
    expect((await assessorStatusOf(db(), northgate.id, daniel)).status).toBe("workingTowards");
    expect((await assessorStatusOf(db(), northgate.id, await userId("grace.mensah@northgate.example"))).status).toBe("qualified");
    const competences = await db().occupationalCompetence.count();
    const records = [...demoStaffRecords, newTeamMemberRecord];
    expect(competences).toBe(records.reduce((sum, record) => sum + record.competentIn.length, 0));
  });

  it("has records in every state: plans to confirm and agreed, evidence awaiting, accepted, rejected and resubmitted, feedback replied and not, a witness statement, formative decisions, an appeal", async () => {
    expect(await db().assessmentPlan.count({ where: { status: "AWAITING_CANDIDATE" } })).toBeGreaterThan(0);
    expect(await db().assessmentPlan.count({ where: { status: "AGREED" } })).toBeGreaterThan(0);
    for (const status of ["AWAITING_JUDGEMENT", "ACCEPTED", "REJECTED"] as const) {
      expect(await db().evidenceItem.count({ where: { status } }), status).toBeGreaterThan(0);
    }
    expect(await db().evidenceItem.count({ where: { previousSubmissionId: { not: null } } })).toBeGreaterThan(0);
    expect(await db().feedback.count({ where: { candidateResponse: null } })).toBeGreaterThan(0);
    expect(await db().feedback.count({ where: { candidateResponse: { not: null } } })).toBeGreaterThan(0);
    expect(await db().witnessStatement.count()).toBeGreaterThan(0);
    expect(await db().unitDecision.count({ where: { decisionType: "FORMATIVE" } })).toBeGreaterThan(0);
    expect(await db().appeal.count({ where: { status: { in: ["LODGED", "ACKNOWLEDGED", "UNDER_REVIEW"] } } })).toBe(1);
    // Activities covering criteria of two units at once.
    const activities = await db().assessmentActivity.findMany({
      include: { criteria: { include: { criterion: { select: { unitId: true } } } } },
    });
    expect(activities.some((activity) => new Set(activity.criteria.map((link) => link.criterion.unitId)).size > 1)).toBe(true);
  });

  it("documents produced at work come with their file: a real PDF kept by the app's storage, linked to the evidence", async () => {
    const files = await db().storedFile.findMany({ include: { evidenceItem: { select: { method: true } } } });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.contentType).toBe("application/pdf");
      expect(["WORK_PRODUCT", "PERSONAL_STATEMENT"]).toContain(file.evidenceItem?.method);
      const stored = await getFileStorage().get(file.storageKey);
      const bytes = Buffer.concat(await stored!.body.toArray());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.byteLength).toBe(file.byteSize);
    }
  });

  it("every plan has a version, and every agreed plan a valid candidate signature on it", async () => {
    for (const plan of await db().assessmentPlan.findMany()) {
      const versions = await readSignedVersions(db(), { centreId: plan.centreId, recordType: "ASSESSMENT_PLAN", recordId: plan.id });
      expect(versions.length).toBeGreaterThan(0);
      const signed = versions[0]!.signatures.filter((signature) => signature.role === "CANDIDATE" && signature.valid);
      expect(signed.length).toBe(plan.status === "AGREED" ? 1 : 0);
    }
  });

  it("Jessica Wood's retention unit is ready for Grace Mensah to sign off", async () => {
    const result = await readiness("Jessica Wood", demoUnits.retention, "grace.mensah@northgate.example");
    expect(problems(result)).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.declarationSignature).not.toBeNull();
  });

  it("Mohammed Ali's retention unit lacks only his declaration", async () => {
    const result = await readiness("Mohammed Ali", demoUnits.retention, "sam.okafor@assessors.example");
    expect(problems(result)).toEqual(["sign-off.declaration-not-signed"]);
  });

  it("Liam O'Connor's retention unit is signed by Daniel Hughes and awaits countersignature; his complaints unit is ready for Daniel", async () => {
    const liam = await candidateNamed("Liam O'Connor");
    const decision = await db().unitDecision.findFirstOrThrow({ where: { candidateId: liam.id, decisionType: "SUMMATIVE" } });
    expect(decision.status).toBe("AWAITING_COUNTERSIGNATURE");
    const versions = await readSignedVersions(db(), { centreId: liam.centreId, recordType: "UNIT_DECISION", recordId: decision.id });
    expect(versions[0]!.signatures.map((signature) => [signature.role, signature.signer.name, signature.valid])).toEqual([
      ["ASSESSOR", "Daniel Hughes", true],
    ]);
    const complaints = await readiness("Liam O'Connor", demoUnits.complaints, "daniel.hughes@northgate.example");
    expect(problems(complaints)).toEqual([]);
  });

  it("Jack Robinson's retention unit is signed off by a qualified assessor", async () => {
    const jack = await candidateNamed("Jack Robinson");
    const decision = await db().unitDecision.findFirstOrThrow({ where: { candidateId: jack.id, decisionType: "SUMMATIVE" } });
    expect(decision.status).toBe("SIGNED_OFF");
  });

  it("Daniel Hughes has declared a relationship with Amelia Evans, and may not assess her", async () => {
    const amelia = await candidateNamed("Amelia Evans");
    const daniel = await userId("daniel.hughes@northgate.example");
    const access = (await resolveAccessContext(db(), {
      userId: daniel,
      requestedWorkspaceKey: workspaceKey.centre(amelia.centreId),
    })) as CentreAccess;
    await expect(assertMayAssess(db(), access, amelia, new Date())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("writes who signed what to the audit trail", async () => {
    const actions = await db().auditEvent.groupBy({ by: ["action"], _count: true });
    const names = actions.map((row) => row.action);
    expect(names).toEqual(
      expect.arrayContaining([
        "assessmentPlan.confirm",
        "signOff.signDeclaration",
        "signOff.signOffUnit",
        "signOff.countersign",
        "sampling.countersignAsIqa",
        "centre.demoDataLoaded",
      ]),
    );
  });
});

// Issue 9: internal quality assurance, as the IQA screens show it on first start.
describe("the demo world's internal quality assurance", () => {
  const today = () => startOfUtcDay(new Date());
  const centreOf = async (centreNumber: string) => db().centre.findFirstOrThrow({ where: { centreNumber } });
  const northgate = () => centreOf("61234");
  const riverside = () => centreOf("58790");
  const quarterOf = (day: Date) => `${day.getUTCFullYear()} Q${Math.floor(day.getUTCMonth() / 3) + 1}`;

  it("has a sampling strategy at each centre: Riverside's the policy defaults, Northgate's a little stricter", async () => {
    const qualification = await db().qualification.findFirstOrThrow();
    const atRiverside = await loadSamplingStrategy(db(), (await riverside()).id, qualification.id);
    const atNorthgate = await loadSamplingStrategy(db(), (await northgate()).id, qualification.id);
    expect(atRiverside.id).not.toBeNull();
    expect(atRiverside).toMatchObject(defaultStrategyNumbers);
    expect(atNorthgate).toMatchObject({ ...defaultStrategyNumbers, rateLowPercent: 15, minimumPerAssessor: 2, interimPercent: 25 });
  });

  it("rates every assessor with a reason: Daniel not yet qualified, Sam low at both, Hannah low then medium after a standardisation exercise", async () => {
    const [daniel, sam, hannah] = await Promise.all(
      ["daniel.hughes@northgate.example", "sam.okafor@assessors.example", "hannah.lewis@riverside.example"].map(userId),
    );
    const atNorthgate = await currentRiskRatings(db(), (await northgate()).id);
    const atRiverside = await currentRiskRatings(db(), (await riverside()).id);
    expect(atNorthgate.get(daniel!)?.risk).toBe("UNQUALIFIED");
    expect(atNorthgate.get(sam!)?.risk).toBe("LOW");
    expect(atRiverside.get(sam!)?.risk).toBe("LOW");
    expect(atRiverside.get(hannah!)?.risk).toBe("MEDIUM");
    const hannahHistory = await db().assessorRiskRating.findMany({ where: { assessorUserId: hannah }, orderBy: { createdAt: "asc" } });
    expect(hannahHistory.map((rating) => rating.risk)).toEqual(["LOW", "MEDIUM"]);
    const exercise = await db().standardisationExercise.findUniqueOrThrow({ where: { id: hannahHistory[1]!.standardisationExerciseId! } });
    expect(exercise.status).toBe("CLOSED");
    for (const rating of await db().assessorRiskRating.findMany()) expect(rating.reason.length).toBeGreaterThan(20);
  });

  it("keeps a year of recorded sampling plans at each centre, Riverside's current one recorded and Northgate's a draft", async () => {
    for (const [centre, iqa, recorded, drafts] of [
      [await riverside(), "ravi.kapoor@riverside.example", 4, 0],
      [await northgate(), "grace.mensah@northgate.example", 3, 1],
    ] as const) {
      const plans = await db().samplingPlan.findMany({
        where: { centreId: centre.id },
        include: { items: { include: { unitDecision: true } } },
      });
      expect(plans.every((plan) => plan.iqaUserId === plans[0]!.iqaUserId)).toBe(true);
      expect(plans[0]!.iqaUserId).toBe(await userId(iqa));
      expect(plans.filter((plan) => plan.status === "RECORDED")).toHaveLength(recorded);
      expect(plans.filter((plan) => plan.status === "DRAFT")).toHaveLength(drafts);
      expect(plans.filter((plan) => plan.periodTo < addDays(today(), -300))).toHaveLength(0);
      expect(plans.some((plan) => plan.periodFrom <= addDays(today(), -330))).toBe(true);
      for (const plan of plans) {
        for (const item of plan.items) {
          expect(item.reason.length, "each item says why it was chosen").toBeGreaterThan(10);
          expect(item.unitDecision.centreId).toBe(centre.id);
          expect(item.unitDecision.decidedOn >= plan.periodFrom && item.unitDecision.decidedOn <= plan.periodTo).toBe(true);
          expect(item.unitDecision.assessorUserId, "never the IQA's own decision").not.toBe(plan.iqaUserId);
          expect(item.stage).toBe(item.unitDecision.decisionType === "SUMMATIVE" ? "SUMMATIVE" : "INTERIM");
        }
      }
    }
    expect(await db().samplingPlanItem.count({ where: { droppedAt: { not: null }, droppedReason: { not: null } } })).toBe(1);
  });

  it("has RD11 entries of every outcome (one disagree), with each assessor sampled in at least three quarters at their centre", async () => {
    const records = await db().samplingRecord.findMany({ include: { planItem: { include: { plan: true } } } });
    const count = (outcome: string) => records.filter((record) => record.outcome === outcome).length;
    expect(count("AGREE")).toBeGreaterThan(10);
    expect(count("AGREE_WITH_ACTION")).toBeGreaterThanOrEqual(5);
    expect(count("DISAGREE")).toBe(1);
    for (const record of records) {
      expect(record.planItem.plan.status).toBe("RECORDED");
      expect(record.iqaUserId).toBe(record.planItem.plan.iqaUserId);
      expect(record.evidenceItemIds.length).toBeGreaterThan(0);
      expect(record.criterionIds.length).toBeGreaterThan(0);
      expect(record.methods.length).toBeGreaterThan(0);
    }
    const quarters = new Map<string, Set<string>>();
    for (const record of records) {
      const key = `${record.centreId}:${record.assessorUserId}`;
      quarters.set(key, (quarters.get(key) ?? new Set()).add(quarterOf(record.sampledOn)));
    }
    expect(quarters.size, "Daniel and Sam at Northgate, Hannah and Sam at Riverside").toBe(4);
    for (const [key, seen] of quarters) expect(seen.size, key).toBeGreaterThanOrEqual(3);
  });

  it("the one disagreement reopened Connor Walsh's retention unit, which Hannah amended and signed again; the IQA sampled it again on the same item, agreed and countersigned the new version", async () => {
    const record = await db().samplingRecord.findFirstOrThrow({ where: { outcome: "DISAGREE" }, include: { unitDecision: true } });
    const decision = record.unitDecision;
    expect((await db().candidate.findUniqueOrThrow({ where: { id: decision.candidateId } })).name).toBe("Connor Walsh");
    expect(decision.status).toBe("SIGNED_OFF");
    expect(decision.reopenedReason).toBe(record.rationale);
    expect(decision.reopenedAt).not.toBeNull();
    const versions = await readSignedVersions(db(), { centreId: decision.centreId, recordType: "UNIT_DECISION", recordId: decision.id });
    expect(record.decisionVersion).toBe(1);
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    expect(versions[1]!.signatures.map((signature) => [signature.role, signature.signer.name, signature.valid])).toEqual([
      ["ASSESSOR", "Hannah Lewis", true],
    ]);
    expect(versions[0]!.signatures.map((signature) => [signature.role, signature.signer.name, signature.valid])).toEqual([
      ["ASSESSOR", "Hannah Lewis", true],
      ["IQA", "Ravi Kapoor", true],
    ]);
    // The follow-up: the same plan item, the same IQA, after the re-sign, on the new version, agreeing.
    const onItem = await db().samplingRecord.findMany({ where: { planItemId: record.planItemId }, orderBy: { createdAt: "asc" } });
    expect(onItem.map((entry) => [entry.outcome, entry.iqaUserId, entry.decisionVersion])).toEqual([
      ["DISAGREE", record.iqaUserId, 1],
      ["AGREE", record.iqaUserId, 2],
    ]);
    const signedAgain = versions[0]!.signatures.find((signature) => signature.role === "ASSESSOR")!;
    expect(onItem[1]!.createdAt.getTime()).toBeGreaterThan(signedAgain.signedAt.getTime());
    expect(onItem[1]!.sampledOn.getTime()).toBeGreaterThanOrEqual(decision.decidedOn.getTime());
  });

  it("the IQA countersigned every agreed summative sample on the version sampled; Daniel's sign-offs are countersigned by Sam", async () => {
    const agreed = await db().samplingRecord.findMany({ where: { stage: "SUMMATIVE", outcome: { not: "DISAGREE" } } });
    expect(agreed.length).toBeGreaterThan(8);
    for (const record of agreed) {
      const [latest] = await readSignedVersions(db(), {
        centreId: record.centreId,
        recordType: "UNIT_DECISION",
        recordId: record.unitDecisionId,
      });
      expect(latest!.version).toBe(record.decisionVersion);
      const iqa = latest!.signatures.filter((signature) => signature.role === "IQA");
      expect(iqa.map((signature) => [signature.signer.id, signature.valid])).toEqual([[record.iqaUserId, true]]);
    }
    const daniel = await userId("daniel.hughes@northgate.example");
    const danielsSignedOff = await db().unitDecision.findMany({
      where: { assessorUserId: daniel, decisionType: "SUMMATIVE", status: "SIGNED_OFF" },
    });
    expect(danielsSignedOff.length).toBe(4);
    for (const decision of danielsSignedOff) {
      const [latest] = await readSignedVersions(db(), { centreId: decision.centreId, recordType: "UNIT_DECISION", recordId: decision.id });
      expect(latest!.signatures.filter((s) => s.role === "COUNTERSIGNING_ASSESSOR").map((s) => [s.signer.name, s.valid])).toEqual([
        ["Sam Okafor", true],
      ]);
    }
  });

  it("RD07: actions done with completion notes, exactly one open and overdue (Hannah's), and Ravi's latest feedback not yet acknowledged", async () => {
    const hannah = await userId("hannah.lewis@riverside.example");
    const ravi = await userId("ravi.kapoor@riverside.example");
    const done = await db().iqaAction.findMany({ where: { status: "DONE" } });
    expect(done.length).toBeGreaterThanOrEqual(5);
    for (const action of done) {
      expect(action.completionNote).toBeTruthy();
      expect(action.completedAt).not.toBeNull();
    }
    const overdue = await db().iqaAction.findMany({ where: { status: "OPEN", dueOn: { lt: today() } } });
    expect(overdue.map((action) => [action.ownerUserId, action.setById])).toEqual([[hannah, ravi]]);
    const toHannah = await db().iqaFeedback.findMany({ where: { assessorUserId: hannah, iqaUserId: ravi } });
    expect(toHannah.filter((feedback) => feedback.acknowledgedAt === null)).toHaveLength(1);
    const answered = toHannah.filter((feedback) => feedback.acknowledgedAt !== null);
    expect(answered.length).toBeGreaterThan(0);
    for (const feedback of answered) expect(feedback.assessorResponse).toBeTruthy();
  });

  it("Riverside's current plan has items awaiting sampling, among them the end-to-end journey's two units of Hannah's", async () => {
    const ravi = await userId(iqaJourney.iqa);
    const hannah = await userId(iqaJourney.assessor);
    const current = await db().samplingPlan.findFirstOrThrow({
      where: { iqaUserId: ravi, periodTo: { gte: addDays(today(), -1) } },
      include: { items: { include: { samplingRecords: true, unitDecision: { include: { candidate: true, unit: true } } } } },
    });
    expect(current.status).toBe("RECORDED");
    const awaiting = current.items.filter((item) => item.samplingRecords.length === 0 && item.droppedAt === null);
    expect(awaiting.length).toBeGreaterThanOrEqual(3);
    expect(current.items.some((item) => item.samplingRecords.length > 0)).toBe(true);
    for (const target of [iqaJourney.agreeWithAction, iqaJourney.disagree]) {
      const item = awaiting.find((i) => i.unitDecision.candidate.name === target.candidate && i.unitDecision.unit.urn === target.unit);
      expect(item, `${target.candidate} ${target.unit}`).toBeDefined();
      expect(item!.unitDecision).toMatchObject({ decisionType: "SUMMATIVE", status: "SIGNED_OFF", assessorUserId: hannah });
      const [latest] = await readSignedVersions(db(), {
        centreId: current.centreId,
        recordType: "UNIT_DECISION",
        recordId: item!.unitDecisionId,
      });
      expect(latest!.signatures.map((signature) => signature.role)).toEqual(["ASSESSOR"]);
    }
  });

  it("leaves decisions of each centre's IQA's candidates in the last 90 days out of every plan, for a new proposal", async () => {
    for (const [centre, iqa] of [
      [await riverside(), "ravi.kapoor@riverside.example"],
      [await northgate(), "grace.mensah@northgate.example"],
    ] as const) {
      const iqaId = await userId(iqa);
      const unplanned = await db().unitDecision.findMany({
        where: {
          centreId: centre.id,
          decidedOn: { gte: addDays(today(), -80) },
          assessorUserId: { not: iqaId },
          candidate: { iqaUserId: iqaId },
          OR: [{ decisionType: "FORMATIVE" }, { status: { in: ["SIGNED_OFF", "AWAITING_COUNTERSIGNATURE"] } }],
          samplingItems: { none: {} },
        },
      });
      expect(unplanned.length, centre.name).toBeGreaterThanOrEqual(2);
    }
  });

  it("holds standardisation: Riverside met two months ago (a closed exercise with three judgements, one differing) and has an open exercise for Sam; Northgate last met five months ago", async () => {
    const [hannah, sam] = await Promise.all(["hannah.lewis@riverside.example", "sam.okafor@assessors.example"].map(userId));
    const meetingAt = async (centreId: string) =>
      db().standardisationMeeting.findFirstOrThrow({ where: { centreId }, include: { actions: true } });
    const atRiverside = await meetingAt((await riverside()).id);
    const atNorthgate = await meetingAt((await northgate()).id);
    expect(atRiverside.heldOn).toEqual(addDays(today(), -60));
    expect(atNorthgate.heldOn).toEqual(addDays(today(), -150));
    for (const meeting of [atRiverside, atNorthgate]) {
      expect(meeting.attendeeUserIds.length).toBe(3);
      expect(meeting.unitIds.length).toBeGreaterThan(0);
      expect(meeting.decisionsReached).toBeTruthy();
      expect(meeting.actions).toHaveLength(1);
    }
    const closed = await db().standardisationExercise.findFirstOrThrow({ where: { status: "CLOSED" }, include: { judgements: true } });
    expect(closed.meetingId).toBe(atRiverside.id);
    expect(closed.judgements).toHaveLength(3);
    const agreed = [...closed.agreedCriterionIds].sort();
    const differing = closed.judgements.filter((judgement) => [...judgement.criteriaMetIds].sort().join() !== agreed.join());
    expect(differing.map((judgement) => judgement.assessorUserId)).toEqual([hannah]);
    expect(differing[0]!.criteriaMetIds.length - agreed.length).toBe(1);
    const open = await db().standardisationExercise.findFirstOrThrow({ where: { status: "OPEN" }, include: { judgements: true } });
    expect(open.participantUserIds).toContain(sam);
    expect(open.judgements.map((judgement) => judgement.assessorUserId)).toEqual([hannah]);
  });

  it("the IQA home shows something on first start: a disagree rate per assessor in several quarters, work awaiting, standardisation due", async () => {
    const homeOf = async (email: string, centreNumber: string) => {
      const access = await resolveAccessContext(db(), {
        userId: await userId(email),
        requestedWorkspaceKey: workspaceKey.centre((await centreOf(centreNumber)).id),
      });
      return iqaHome(access!);
    };
    const ravi = await homeOf("ravi.kapoor@riverside.example", "58790");
    const grace = await homeOf("grace.mensah@northgate.example", "61234");
    expect(ravi.disagree.series.map((series) => series.name).sort()).toEqual(["Hannah Lewis", "Sam Okafor"]);
    expect(grace.disagree.series.map((series) => series.name).sort()).toEqual(["Daniel Hughes", "Sam Okafor"]);
    for (const series of [...ravi.disagree.series, ...grace.disagree.series]) {
      expect(series.points.filter((point) => point.value !== null).length, series.name).toBeGreaterThanOrEqual(3);
    }
    // Hannah's disagreement shows as a rate above zero in one quarter.
    const hannah = ravi.disagree.series.find((series) => series.name === "Hannah Lewis")!;
    expect(hannah.points.filter((point) => (point.value ?? 0) > 0)).toHaveLength(1);
    expect(ravi.awaiting.items.map((item) => item.candidateName)).toEqual(expect.arrayContaining(["Aisha Begum", "Lewis Grant"]));
    expect(ravi.plans[0]!.sampled).toBe(2);
    expect(grace.drafts).toHaveLength(1);
    expect(grace.standardisation[0]).toMatchObject({ due: true });
    expect(grace.standardisation[0]!.overdueByDays).toBeGreaterThan(0);
    expect(ravi.standardisation[0]).toMatchObject({ due: false });
  });

  it("every IQA screen's read takes the demo data as it is: plans, items, RD11s, risk ratings, feedback, standardisation", async () => {
    const accessOf = async (email: string, centreId: string) =>
      (await resolveAccessContext(db(), { userId: await userId(email), requestedWorkspaceKey: workspaceKey.centre(centreId) }))!;
    for (const [centreNumber, iqaEmail] of [
      ["58790", "ravi.kapoor@riverside.example"],
      ["61234", "grace.mensah@northgate.example"],
    ] as const) {
      const centre = await centreOf(centreNumber);
      const iqa = await accessOf(iqaEmail, centre.id);
      const hub = await getSamplingHub(iqa);
      expect(hub.plans).toHaveLength(4);
      for (const listed of hub.plans) {
        const plan = await getSamplingPlan(iqa, listed.id);
        expect(plan).toBeTruthy();
        const row = await db().samplingPlan.findUniqueOrThrow({ where: { id: listed.id }, include: { items: true } });
        for (const item of row.items) {
          const page = await readSamplingItemPage(iqa, row.id, item.id);
          expect(page.decision.candidate.name).toBeTruthy();
        }
        if (row.status === "RECORDED") {
          const rd11 = await readRd11(iqa, row.id);
          expect(rd11.entries.length).toBeGreaterThan(0);
        }
      }
      const ratings = await listAssessorRiskRatings(iqa);
      expect(ratings).toBeTruthy();
      for (const meeting of await db().standardisationMeeting.findMany({ where: { centreId: centre.id } })) {
        expect(await getStandardisationMeeting(iqa, meeting.id)).toBeTruthy();
      }
      for (const exercise of await db().standardisationExercise.findMany({ where: { centreId: centre.id } })) {
        expect(await getStandardisationExercise(iqa, exercise.id)).toBeTruthy();
      }
      for (const feedback of await db().iqaFeedback.findMany({ where: { centreId: centre.id } })) {
        expect(await getIqaFeedback(iqa, feedback.id)).toBeTruthy();
      }
    }
    const riverside = await centreOf("58790");
    const hannah = await accessOf("hannah.lewis@riverside.example", riverside.id);
    expect(await listFeedbackReceived(hannah)).toBeTruthy();
    expect(await overdueIqaActions(hannah)).toHaveLength(1);
    expect(await overdueIqaActions(await accessOf("ravi.kapoor@riverside.example", riverside.id))).toHaveLength(1);
  });
});

describe("the demo world's professional records and awarding bodies (issue 8)", () => {
  const todayIso = () => isoDay(startOfUtcDay(new Date()));
  const body = (name: string) => db().awardingBody.findUniqueOrThrow({ where: { name } });
  async function staffAccess(email: string, bodyName: string): Promise<AwardingBodyAccess> {
    const awardingBody = await body(bodyName);
    const access = await resolveAccessContext(db(), {
      userId: await userId(email),
      requestedWorkspaceKey: workspaceKey.awardingBody(awardingBody.id),
    });
    expect(access?.workspace.kind).toBe("awardingBody");
    return access as AwardingBodyAccess;
  }
  async function cpdOf(bodyName: string, emails: string[]) {
    const ids = await Promise.all(emails.map(userId));
    const standings = await cpdStandings(db(), { awardingBodyId: (await body(bodyName)).id, userIds: ids, asOf: todayIso() });
    return Object.fromEntries(emails.map((email, index) => [email, standings.get(ids[index]!)?.status]));
  }

  it("has OCR, the Institute and Naace, each with its built-in policy stored and a staff member", async () => {
    for (const [name, policy] of [
      ["OCR", builtInPolicies.OCR],
      ["The Institute of Customer Service", builtInPolicies.ICS],
      ["Naace", builtInPolicies.NAACE],
    ] as const) {
      const row = await body(name);
      expect(await db().awardingBodyPolicySettings.count({ where: { awardingBodyId: row.id } }), name).toBe(1);
      expect(await awardingBodyPolicy(db(), row.id)).toEqual(policy);
    }
    expect((await staffAccess(icsStaff.email, "The Institute of Customer Service")).workspace.roles).toContain("AWARDING_BODY_STAFF");
    expect((await staffAccess(naaceStaff.email, "Naace")).workspace.roles).toContain("AWARDING_BODY_STAFF");
  });

  it("every approval's stored state is its events replayed with the lifecycle rule, in the story's state", async () => {
    const approvals = await db().assessorApproval.findMany({
      include: { events: { orderBy: { sequence: "asc" } }, assessor: { select: { email: true } } },
    });
    expect(approvals).toHaveLength(9);
    const states: Record<string, string> = {};
    for (const approval of approvals) {
      const policy = await awardingBodyPolicy(db(), approval.awardingBodyId);
      const replayed = replayApproval(
        approval.scheme,
        approval.events.map((event) => event.event as unknown as ApprovalEvent),
        policy,
      );
      expect(replayed.record.state, approval.assessor.email).toBe(approval.state);
      expect(approval.events.map((event) => event.sequence)).toEqual(approval.events.map((_, index) => index + 1));
      states[approval.assessor.email] = approval.state;
      const warnings = approvalWarnings(replayed, todayIso(), policy).map((finding) => finding.code);
      if (approval.assessor.email === icsAssessors.singleSignOff.email) expect(warnings).toContain("ics.accreditation-overdue");
      if (approval.assessor.email === icsAssessors.inTraining.email) expect(warnings).toContain("ics.single-sign-off-overdue");
      if (approval.assessor.email === naaceAssessors.accredited.email) expect(warnings).toEqual(["naace.quality-review-due"]);
      if (approval.assessor.email === naaceAssessors.notAccredited.email) expect(warnings).toEqual(["naace.appeal-window-open"]);
      if (approval.assessor.email === naaceAssessors.developmentRequired.email) expect(warnings).toEqual(["naace.fees-overdue"]);
    }
    expect(states).toEqual({
      [icsAssessors.accredited.email]: "fullyAccredited",
      [icsAssessors.singleSignOff.email]: "singleSignOff",
      [icsAssessors.supportingReview.email]: "supportingReview",
      [icsAssessors.inTraining.email]: "inTraining",
      "sam.okafor@assessors.example": "fullyAccredited",
      [naaceAssessors.accredited.email]: "accredited",
      [naaceAssessors.notAccredited.email]: "notAccredited",
      [naaceAssessors.developmentRequired.email]: "developmentRequired",
      [naaceAssessors.registered.email]: "registered",
    });
  });

  it("CPD is compliant, at risk and non-compliant under each body's policy; Sam meets OCR's but not the Institute's", async () => {
    expect(
      await cpdOf("OCR", [
        ocrCpdStories.compliant,
        ocrCpdStories.atRisk,
        ocrCpdStories.nonCompliant,
        "sam.okafor@assessors.example",
        "ravi.kapoor@riverside.example",
        newTeamMember.email,
      ]),
    ).toEqual({
      [ocrCpdStories.compliant]: "compliant",
      [ocrCpdStories.atRisk]: "atRisk",
      [ocrCpdStories.nonCompliant]: "nonCompliant",
      "sam.okafor@assessors.example": "compliant",
      "ravi.kapoor@riverside.example": "compliant",
      [newTeamMember.email]: "compliant",
    });
    expect(
      await cpdOf("The Institute of Customer Service", [
        icsAssessors.accredited.email,
        icsAssessors.singleSignOff.email,
        icsAssessors.supportingReview.email,
        "sam.okafor@assessors.example",
      ]),
    ).toEqual({
      [icsAssessors.accredited.email]: "compliant",
      [icsAssessors.singleSignOff.email]: "atRisk",
      [icsAssessors.supportingReview.email]: "nonCompliant",
      "sam.okafor@assessors.example": "nonCompliant",
    });
    expect(
      await cpdOf("Naace", [naaceAssessors.accredited.email, naaceAssessors.notAccredited.email, naaceAssessors.developmentRequired.email]),
    ).toEqual({
      [naaceAssessors.accredited.email]: "compliant",
      [naaceAssessors.notAccredited.email]: "nonCompliant",
      [naaceAssessors.developmentRequired.email]: "atRisk",
    });
  });

  it("the Institute's register: the non-compliant count is Owen Pritchard and Sam Okafor; Owen's open review has an unanswered letter; QA requests open, overdue and completed; a change unacknowledged", async () => {
    const access = await staffAccess(icsStaff.email, "The Institute of Customer Service");
    const everyone = await registerRows(access);
    expect(everyone.map((row) => row.name)).toEqual(["Leah Fitzgerald", "Marcus Bell", "Nadia Kowalski", "Owen Pritchard", "Sam Okafor"]);
    const nonCompliant = await registerRows(access, { cpd: "nonCompliant" });
    expect(nonCompliant.map((row) => row.name)).toEqual(["Owen Pritchard", "Sam Okafor"]);
    const owen = nonCompliant[0]!;
    expect(owen.openBreaches).toBe(1);
    expect(owen.openSupportingReviewId).not.toBeNull();
    const letters = await db().supportingReviewCorrespondence.findMany({ where: { supportingReviewId: owen.openSupportingReviewId! } });
    const unanswered = unansweredLetter(
      letters.map((letter) => ({
        direction: letter.direction === "TO_ASSESSOR" ? "toAssessor" : "fromAssessor",
        sentOn: isoDay(letter.sentOn),
        responseDueOn: letter.responseDueOn ? isoDay(letter.responseDueOn) : null,
      })),
      todayIso(),
    );
    expect(unanswered).not.toBeNull();
    const requests = await db().qualityAssuranceRequest.findMany({ where: { awardingBodyId: access.workspace.awardingBodyId } });
    const today = startOfUtcDay(new Date());
    expect(requests.filter((request) => request.status === "OPEN" && request.dueOn >= today)).toHaveLength(1);
    expect(requests.filter((request) => request.status === "OPEN" && request.dueOn < today)).toHaveLength(1);
    expect(requests.filter((request) => request.status === "COMPLETED")).toHaveLength(1);
    // Leah's accreditation and her QA request are overdue; Nadia's single sign-off; Owen's reply to the Institute's letter.
    expect((await registerRows(access, { overdue: true })).map((row) => row.name)).toEqual([
      "Leah Fitzgerald",
      "Nadia Kowalski",
      "Owen Pritchard",
    ]);
    expect((await registerRows(access, { overdue: "qa" })).map((row) => row.name)).toEqual(["Leah Fitzgerald"]);
    const changes = await db().circumstanceChange.findMany({ where: { awardingBodyId: access.workspace.awardingBodyId } });
    expect(changes.map((change) => [change.kind, change.acknowledgedAt])).toEqual([["EMPLOYER", null]]);
  });

  it("Naace: Hillside Primary's ICT Mark is due for renewal, Westfield's expired, St Mary's current; Gareth Lloyd declared he supported Hillside", async () => {
    const naace = await body("Naace");
    const policy = (await awardingBodyPolicy(db(), naace.id)).ictMark!;
    const standing = async (name: string) => {
      const school = await db().school.findFirstOrThrow({ where: { awardingBodyId: naace.id, name } });
      return ictMarkStanding(school.ictMarkAwardedOn ? isoDay(school.ictMarkAwardedOn) : null, todayIso(), policy).state;
    };
    expect(await standing(demoSchools.renewalDue)).toBe("renewalDue");
    expect(await standing(demoSchools.expired)).toBe("expired");
    expect(await standing(demoSchools.current)).toBe("current");
    const conflict = await db().conflictOfInterestDeclaration.findFirstOrThrow({
      where: { subject: "SCHOOL" },
      include: { school: true, staff: true },
    });
    expect([conflict.staff.email, conflict.school?.name, conflict.relationship]).toEqual([
      naaceAssessors.accredited.email,
      demoSchools.renewalDue,
      "SUPPORTED_SELF_REVIEW",
    ]);
    const access = await staffAccess(naaceStaff.email, "Naace");
    expect((await registerRows(access)).map((row) => row.name)).toEqual(["Fiona Campbell", "Gareth Lloyd", "Peter Okoro", "Yasmin Patel"]);
  });

  it("Northgate: everyone on the team joined before the last external verifier visit except Aisha Rahman; the next visit is planned", async () => {
    const northgate = await db().centre.findFirstOrThrow({ where: { centreNumber: "61234" } });
    const visits = await db().externalVerifierVisit.findMany({ where: { centreId: northgate.id }, orderBy: { visitOn: "asc" } });
    expect(visits.map((visit) => visit.status)).toEqual(["COMPLETED", "PLANNED"]);
    expect(isoDay(visits[0]!.visitOn)).toBe(addIsoDays(todayIso(), -northgateVisits.lastCompletedDaysAgo));
    expect(visits[1]!.visitOn > new Date()).toBe(true);
    const team = await db().membership.findMany({
      where: { centreId: northgate.id, role: { in: ["ASSESSOR", "IQA"] } },
      include: { user: { select: { name: true } } },
    });
    const joinedSince = team.filter((membership) => membership.createdAt > visits[0]!.visitOn).map((membership) => membership.user.name);
    expect(joinedSince).toEqual([newTeamMember.name]);
    const centreConflict = await db().conflictOfInterestDeclaration.findFirstOrThrow({
      where: { subject: "CENTRE" },
      include: { staff: true },
    });
    expect(centreConflict.staff.email).toBe(newTeamMember.email);
  });

  it("certificates for every held qualification but Grace Mensah's V1, CVs, and sample signatures: files are real PDFs in the app's storage", async () => {
    const people = await db().staffQualification.findMany({ where: { held: true }, select: { userId: true } });
    const missing = await missingCertificates(
      db(),
      people.map((person) => person.userId),
    );
    const grace = await userId(missingCertificate.email);
    expect([...missing].filter(([, codes]) => codes.length > 0)).toEqual([[grace, [missingCertificate.code]]]);
    expect(await db().staffFile.count({ where: { kind: "CV" } })).toBe(2);
    for (const file of await db().staffFile.findMany()) {
      expect(file.storageKey.startsWith(`staff/${file.userId}/`)).toBe(true);
      const stored = await getFileStorage().get(file.storageKey);
      const bytes = Buffer.concat(await stored!.body.toArray());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.byteLength).toBe(file.byteSize);
    }
    const signatures = await db().sampleSignature.findMany();
    expect(signatures.length).toBe(7);
    for (const signature of signatures.filter((row) => row.method === "DRAWN")) {
      const strokes = signature.strokes as number[][][];
      expect(strokes.length).toBeGreaterThan(0);
      for (const [x, y] of strokes.flat()) expect(x! >= 0 && x! <= 600 && y! >= 0 && y! <= 200).toBe(true);
    }
    expect(await db().sampleSignature.count({ where: { userId: await userId(newTeamMember.email) } })).toBe(0);
  });

  it("issue 10's centre operations sit at Northgate only, and the start-up text names who shows them", async () => {
    const northgate = await db().centre.findFirstOrThrow({ where: { name: "Northgate College" } });
    const elsewhere = { centreId: { not: northgate.id } };
    expect(
      [
        await db().candidateImport.count({ where: elsewhere }),
        await db().priorLearningClaim.count({ where: elsewhere }),
        await db().assessmentArrangement.count({ where: elsewhere }),
        await db().directClaimsStatus.count({ where: elsewhere }),
        await db().certificateClaimBatch.count({ where: elsewhere }),
        await db().visitActionPoint.count({ where: elsewhere }),
        await db().externalVerifierAccess.count({ where: elsewhere }),
      ],
      "Riverside and the Institute's centre have none",
    ).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await db().visitPack.count()).toBe(0); // built by the job, never seeded
    const text = demoSignInsText();
    expect(text).toContain("Centre operations");
    for (const journey of centreOperationsJourneys) {
      expect(text).toContain(journey.journey);
      await userId(journey.email);
    }
  });
});
