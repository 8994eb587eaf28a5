import { beforeAll, describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { assertMayAssess } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";
import { isValidUln } from "@/lib/rules/uln";
import { loadUnitOfCandidate, loadUnitRecords, unitReadiness, assessorStatusOf } from "@/lib/sign-off/unit-records";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { demoCandidates, demoCentres, demoStaffRecords, demoUnits } from "./demo-data";
import { loadDemoWorld } from "./load-demo-world";

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
    expect(competences).toBe(demoStaffRecords.reduce((sum, record) => sum + record.competentIn.length, 0));
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
    expect(await db().appeal.count({ where: { status: "LODGED" } })).toBe(1);
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
      expect.arrayContaining(["assessmentPlan.confirm", "signOff.signDeclaration", "signOff.signOffUnit", "centre.demoDataLoaded"]),
    );
  });
});
