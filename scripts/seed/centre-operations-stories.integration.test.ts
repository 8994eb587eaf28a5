import { beforeAll, describe, expect, it } from "vitest";
import { arrangementsFor } from "@/lib/assessment-arrangements/queries";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { claimableFor } from "@/lib/certificate-claims/eligibility";
import { getPrisma } from "@/lib/db/client";
import { directClaimsStanding, directClaimsWarnings } from "@/lib/direct-claims/standing";
import { grantedCandidateIds } from "@/lib/external-verifier-access/scope";
import { addDays, isoDay, startOfUtcDay } from "@/lib/format/dates";
import { centreOperationsHome } from "@/lib/home/centre-operations";
import { priorLearningFor } from "@/lib/prior-learning/queries";
import { exampleQualification } from "@/lib/qualification-import/examples";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import { isValidUln } from "@/lib/rules/uln";
import { lastCompletedVisit, overdueActionPoints, upcomingVisits } from "@/lib/visits/queries";
import { centreOperations } from "./centre-operations-stories";
import { demoUnits } from "./demo-data";
import { loadDemoWorld } from "./load-demo-world";

// Issue 10's demo data at Northgate, each story checked with the feature's own reads and rules:
// what the screens show on first start is what the rules allow.

const db = () => getPrisma();
const today = () => startOfUtcDay(new Date());
let centreId = "";
const candidateId = async (name: string) => (await db().candidate.findFirstOrThrow({ where: { centreId, name }, select: { id: true } })).id;
const problems = (findings: { severity: string; code: string }[]) => findings.filter((f) => f.severity === "problem").map((f) => f.code);

beforeAll(async () => {
  expect(await loadDemoWorld({ onlyIfEmpty: true })).toBe("loaded");
  centreId = (await db().centre.findFirstOrThrow({ where: { name: "Northgate College" } })).id;
}, 180_000);

describe("demo centre operations at Northgate", () => {
  it("the September intake import: Amelia imported, Chloe already registered, a bad ULN left out", async () => {
    const found = await db().candidateImport.findFirstOrThrow({
      where: { centreId, fileName: centreOperations.importFileName },
      include: { rows: { orderBy: { lineNumber: "asc" } } },
    });
    expect([found.status, found.rowCount, found.importedCount]).toEqual(["IMPORTED", 3, 1]);
    expect(found.rows.map((row) => [row.lineNumber, row.status])).toEqual([
      [2, "IMPORTED"],
      [3, "ALREADY_REGISTERED"],
      [4, "INVALID"],
    ]);
    expect(found.rows[0]!.candidateId).toBe(await candidateId("Amelia Evans"));
    expect(found.rows[1]!.candidateId).toBe(await candidateId("Chloe Turner"));
    const bad = found.rows[2]!.values as { uln: string };
    expect(isValidUln(bad.uln)).toBe(false);
    expect(found.rows[2]!.problems).toEqual([expect.objectContaining({ field: "uln" })]);
    expect(await db().candidate.count({ where: { email: "ryan.patel@learners.example" } })).toBe(0);
  });

  it("Northgate's own imported qualification, with every unit, outcome and criterion of the example file; Riverside does not see it", async () => {
    const northgate = await db().centre.findUniqueOrThrow({ where: { id: centreId } });
    const riverside = await db().centre.findFirstOrThrow({ where: { name: "Riverside Training Ltd" } });
    const where = (centre: { id: string; awardingBodyId: string }) => ({
      title: centreOperations.importedQualification,
      ...centreQualificationsWhere({ centreId: centre.id, awardingBodyId: centre.awardingBodyId }),
    });
    const own = await db().qualification.findFirstOrThrow({ where: where(northgate), include: { units: true } });
    expect(own.centreId).toBe(centreId);
    expect(own.units).toHaveLength(exampleQualification.units.length);
    expect(await db().assessmentCriterion.count({ where: { unit: { qualificationId: own.id } } })).toBe(
      exampleQualification.units.flatMap((unit) => unit.learningOutcomes.flatMap((outcome) => outcome.criteria)).length,
    );
    expect(await db().qualification.count({ where: where(riverside) })).toBe(0);
  });

  it("RPL accepted for Chloe Turner; Jessica Wood's dyslexia adjustment and Liam O'Connor's special consideration in force today", async () => {
    const rpl = await priorLearningFor(db(), { centreId, candidateId: await candidateId("Chloe Turner") });
    expect(rpl.map((row) => [row.status, row.unit?.urn])).toEqual([["ACCEPTED", demoUnits.business]]);
    const jessica = await arrangementsFor(db(), { centreId, candidateId: await candidateId("Jessica Wood"), on: today() });
    expect(jessica.map((row) => row.kind)).toEqual(["REASONABLE_ADJUSTMENT"]);
    expect(jessica[0]!.reason).toMatch(/^Dyslexia/);
    const liam = await arrangementsFor(db(), { centreId, candidateId: await candidateId("Liam O'Connor"), on: today() });
    expect(liam.map((row) => row.kind)).toEqual(["SPECIAL_CONSIDERATION"]);
    expect(await arrangementsFor(db(), { centreId, candidateId: await candidateId("Liam O'Connor"), on: addDays(today(), 21) })).toEqual(
      [],
    );
  });

  it("DCS for 10380 granted last year, ending in 60 days: the next visit is not final, so the home warns", async () => {
    const qualification = await db().qualification.findFirstOrThrow({ where: { entryCode: "10380", centreId: null } });
    const warnings = await directClaimsWarnings(db(), { centreId, asOf: today() });
    expect(warnings.map((warning) => [warning.qualificationId, warning.endsOn, warning.findings.map((f) => f.code)])).toEqual([
      [qualification.id, isoDay(addDays(today(), centreOperations.directClaims.endsInDays)), ["dcs.no-final-visit"]],
    ]);
    const claimedOn = addDays(today(), -centreOperations.claimed.claimedDaysAgo);
    expect((await directClaimsStanding(db(), { centreId, qualificationId: qualification.id, on: claimedOn })).underDirectClaims).toBe(true);
  });

  it("claims: Lucy Brennan's two units claimed under DCS (provisional, certificates in), Harriet Cole's in a draft, each claimable by the rules; others still ready", async () => {
    const asOf = isoDay(today());
    const [lucy, harriet] = await claimableFor(db(), {
      centreId,
      candidateIds: [await candidateId(centreOperations.claimed.candidate), await candidateId(centreOperations.draft.candidate)],
      asOf,
    }).then((rows) => [rows.find((r) => r.name === "Lucy Brennan")!, rows.find((r) => r.name === "Harriet Cole")!]);
    for (const urn of [demoUnits.retention, demoUnits.complaints]) {
      const claimed = lucy!.units.find((unit) => unit.urn === urn)!;
      expect(claimed.claimed).toBe(true);
      expect(problems(claimed.reasons)).toEqual([]);
      expect(claimed.line).toMatchObject({ batchStatus: "CLAIMED", provisional: true, confirmedOn: null });
      expect(claimed.line!.certificateNumber).toBeTruthy();
      const draft = harriet!.units.find((unit) => unit.urn === urn)!;
      expect([draft.claimed, draft.claimable, draft.line?.batchStatus]).toEqual([false, false, "DRAFT"]);
      expect(problems(draft.reasons)).toEqual([]);
    }
    const ready = (await claimableFor(db(), { centreId, asOf })).filter((row) => row.units.some((unit) => unit.claimable));
    expect(ready.map((row) => row.name)).toEqual(expect.arrayContaining(["Callum Reid", "Tariq Mahmood"]));
    expect(ready.map((row) => row.name)).not.toContain("Lucy Brennan");
  });

  it("the last visit's report: DCS 'continue', an action point completed with evidence, one overdue, a recommendation open", async () => {
    const visit = await lastCompletedVisit(db(), { centreId });
    expect(visit).toMatchObject({ dcsRecommendation: "CONTINUE", directClaimsConfirmed: true, externalVerifierName: "Eleanor Price" });
    expect(visit!.reportSummary).toBeTruthy();
    expect(visit!.actionPoints.map((point) => [point.kind, point.status, point.description])).toEqual([
      ["ACTION_POINT", "COMPLETED", centreOperations.completedActionPoint],
      ["ACTION_POINT", "OPEN", centreOperations.overdueActionPoint],
      ["RECOMMENDATION", "OPEN", centreOperations.openRecommendation],
    ]);
    expect(visit!.actionPoints[0]!.completionEvidence).toBeTruthy();
    const overdue = await overdueActionPoints(db(), { centreId, asOf: new Date() });
    expect(overdue.map((point) => [point.description, point.owner.name])).toEqual([[centreOperations.overdueActionPoint, "Grace Mensah"]]);
  });

  it("Eleanor Price reads exactly the three chosen candidates until five days after the planned visit, with her views logged", async () => {
    const eleanor = await db().user.findUniqueOrThrow({ where: { email: centreOperations.evAccess.verifierEmail } });
    const [next] = await upcomingVisits(db(), { centreId, asOf: new Date() });
    const chosen = await Promise.all(centreOperations.evAccess.candidates.map(candidateId));
    expect((await grantedCandidateIds(db(), { centreId, userId: eleanor.id, on: new Date() })).sort()).toEqual([...chosen].sort());
    const lastDay = addDays(next!.visitOn, centreOperations.evAccess.daysAfterVisit);
    expect(await grantedCandidateIds(db(), { centreId, userId: eleanor.id, on: lastDay })).toHaveLength(3);
    expect(await grantedCandidateIds(db(), { centreId, userId: eleanor.id, on: addDays(lastDay, 1) })).toEqual([]);
    const riverside = await db().centre.findFirstOrThrow({ where: { name: "Riverside Training Ltd" } });
    expect(await grantedCandidateIds(db(), { centreId: riverside.id, userId: eleanor.id, on: new Date() })).toEqual([]);
    const log = await db().externalVerifierAccessLog.findMany({ where: { centreId, userId: eleanor.id } });
    expect(log.length).toBeGreaterThanOrEqual(4);
    expect(log.every((line) => line.candidateId !== null && chosen.includes(line.candidateId))).toBe(true);
  });

  it("Priya's home: candidates ready to claim, the DCS warning, the next visit without a pack yet, one overdue action point", async () => {
    const priya = await db().user.findUniqueOrThrow({ where: { email: "priya.shah@northgate.example" } });
    const access = await resolveAccessContext(db(), { userId: priya.id, requestedWorkspaceKey: workspaceKey.centre(centreId) });
    const home = await centreOperationsHome(access!, new Date());
    expect(home.claimsReady).toBeGreaterThanOrEqual(2);
    expect(home.directClaimsWarnings).toHaveLength(1);
    expect(home.visits.map((visit) => [visit.externalVerifierName, visit.pack])).toEqual([["Eleanor Price", null]]);
    expect(home.overdueActionPoints).toHaveLength(1);
  });
});
