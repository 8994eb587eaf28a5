import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { awardingBodyChain } from "@/lib/audit/record-audit-event";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { getPrisma } from "@/lib/db/client";
import { builtInPolicies } from "@/lib/rules/policies";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { awardingBodyPolicy } from "./awarding-body-policy";
import { editAwardingBodyPolicy } from "./edit-awarding-body-policy";
import { policyNumbers } from "./policy-numbers";
import { writeBuiltInPolicySettings } from "./policy-settings";

// The body's staff change its policy's numbers: version-checked, audited with exactly what
// changed, refused to anyone else, and the rules (CPD status) read the new numbers at once.

const db = () => getPrisma();
const icsNumbers = () => ({ version: 0, ...policyNumbers(builtInPolicies.ICS) });
const naaceNumbers = () => ({ version: 0, ...policyNumbers(builtInPolicies.NAACE) });

async function snapshot(awardingBodyId: string) {
  return {
    settings: await db().awardingBodyPolicySettings.findMany({ where: { awardingBodyId } }),
    chain: await db().auditEvent.findMany({ where: { chain: awardingBodyChain(awardingBodyId) }, orderBy: { sequence: "asc" } }),
  };
}

describe("editing an awarding body's policy", () => {
  it("stores the change, audits exactly the numbers that changed, and the policy reads the new numbers", async () => {
    const world = await createAwardingBodyWorld();
    const staff = world.actor(world.icsStaff.id, world.ics.id);

    const first = await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), cpdMinimumHours: 10, maximumAssessmentsPerDay: 5 });
    expect(first).toEqual({ ok: true, data: { version: 1 } });
    const policy = await awardingBodyPolicy(db(), world.ics.id);
    expect(policy.cpd?.minimumHours).toBe(10);
    expect(policy.assessorActivity?.maximumAssessmentsPerDay).toBe(5);
    // Untouched numbers and the sources stay as seeded.
    expect(policy.cpd?.mandatoryEvent).toEqual(builtInPolicies.ICS.cpd.mandatoryEvent);
    expect(policy.icsLifecycle).toEqual(builtInPolicies.ICS.icsLifecycle);
    expect(policy.cpd?.source).toBe("ICS assessor code A3");

    const [entry] = (await snapshot(world.ics.id)).chain;
    expect(entry).toMatchObject({
      action: "policies.edit",
      actorUserId: world.icsStaff.id,
      centreId: null,
      targetType: "AwardingBodyPolicySettings",
      targetId: world.ics.id,
      summary: {
        before: { "Minimum CPD hours a year": 7, "Maximum assessments a day": 4 },
        after: { "Minimum CPD hours a year": 10, "Maximum assessments a day": 5 },
        version: 1,
      },
    });

    // The next edit names version 1; no minimum at all is allowed; retention years rewrite the description.
    const second = await runAction(editAwardingBodyPolicy, staff, {
      ...icsNumbers(),
      version: 1,
      cpdMinimumHours: null,
      maximumAssessmentsPerDay: 5,
      retentionYears: [3],
    });
    expect(second).toEqual({ ok: true, data: { version: 2 } });
    const after = await awardingBodyPolicy(db(), world.ics.id);
    expect(after.cpd?.minimumHours).toBeNull();
    expect(after.retention.rules[0]).toMatchObject({
      years: 3,
      description: "3 years from the assessment (the Institute's quality assurance cycle)",
    });
    const chain = (await snapshot(world.ics.id)).chain;
    expect(chain.at(-1)?.summary).toEqual({
      before: { "Minimum CPD hours a year": 10, "Years to keep assessors' assessment documentation, from the assessment": 2 },
      after: { "Minimum CPD hours a year": null, "Years to keep assessors' assessment documentation, from the assessment": 3 },
      version: 2,
    });
  });

  it("refuses bad numbers with a message next to each field and changes nothing", async () => {
    const world = await createAwardingBodyWorld();
    const staff = world.actor(world.icsStaff.id, world.ics.id);
    const before = await snapshot(world.ics.id);

    const result = await runAction(editAwardingBodyPolicy, staff, {
      ...icsNumbers(),
      cpdMinimumHours: 500,
      maximumAssessmentsPerDay: 0,
      cpdAtRiskWindowDays: 1.5,
      retentionYears: [0],
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      cpdMinimumHours: [expect.stringContaining("0 to 200")],
      maximumAssessmentsPerDay: [expect.stringContaining("1 to 24")],
      cpdAtRiskWindowDays: [expect.stringContaining("whole number of days")],
      "retentionYears.0": [expect.stringContaining("1 to 50")],
    });

    // The body's own rules: target weeks in order, and every number of its families present.
    const { repeatedBreachCount: _omitted, ...withoutBreaches } = icsNumbers();
    const checked = await runAction(editAwardingBodyPolicy, staff, {
      ...withoutBreaches,
      singleSignOffFromWeeks: 8,
      singleSignOffToWeeks: 6,
    });
    expect(checked).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        singleSignOffToWeeks: ["The latest week for single sign-off cannot be before the earliest (8)."],
        repeatedBreachCount: [expect.stringContaining("number of breaches")],
      },
    });

    // Saving the same numbers changes nothing and says so.
    const unchanged = await runAction(editAwardingBodyPolicy, staff, icsNumbers());
    expect(unchanged).toMatchObject({ ok: false, code: "INVALID_INPUT", message: "No number was changed, so there is nothing to save." });
    expect(await snapshot(world.ics.id)).toEqual(before);
  });

  it("refuses an edit made over someone else's newer save", async () => {
    const world = await createAwardingBodyWorld();
    const staff = world.actor(world.icsStaff.id, world.ics.id);
    await writeBuiltInPolicySettings(db(), world.ics);
    // The form was opened before the row existed (version 0): stale now.
    const tooOld = await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), cpdMinimumHours: 8 });
    expect(tooOld).toMatchObject({ ok: false, code: "STALE", message: expect.stringContaining("Someone else changed this policy") });

    expect(await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), version: 1, cpdMinimumHours: 8 })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const before = await snapshot(world.ics.id);
    const stale = await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), version: 1, cpdMinimumHours: 9 });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect(await snapshot(world.ics.id)).toEqual(before);
    expect((await awardingBodyPolicy(db(), world.ics.id)).cpd?.minimumHours).toBe(8);
  });

  it("is refused to an approved assessor, from a centre, and never reaches another body's policy", async () => {
    const world = await createAwardingBodyWorld();
    const input = { ...icsNumbers(), cpdMinimumHours: 20 };
    const icsBefore = await snapshot(world.ics.id);

    const asAssessor = await runAction(editAwardingBodyPolicy, world.actor(world.icsAssessor.id, world.ics.id), input);
    expect(asAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const fromCentre = await runAction(editAwardingBodyPolicy, world.centreActor(world.icsAssessor.id, world.icsCentre.id), input);
    expect(fromCentre).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Naace's staff asking for the Institute's workspace are put in their own (they hold no role there).
    const naaceStaffAtIcs = await runAction(editAwardingBodyPolicy, world.actor(world.naaceStaff.id, world.ics.id), {
      ...naaceNumbers(),
      appealWindowDays: 45,
    });
    expect(naaceStaffAtIcs).toEqual({ ok: true, data: { version: 1 } });
    expect(await snapshot(world.ics.id)).toEqual(icsBefore);

    // Naace's staff edit Naace's policy only: the Institute's numbers they send are not Naace's families.
    const naace = await runAction(editAwardingBodyPolicy, world.actor(world.naaceStaff.id, world.naace.id), {
      ...naaceNumbers(),
      version: 1,
      appealWindowDays: 45,
      qualityReviewEveryAssessments: 12,
      repeatedBreachCount: 5,
      maximumAssessmentsPerDay: 9,
    });
    expect(naace).toEqual({ ok: true, data: { version: 2 } });
    const naacePolicy = await awardingBodyPolicy(db(), world.naace.id);
    expect(naacePolicy.naaceLifecycle).toMatchObject({ appealWindowDays: 45, qualityReviewEveryAssessments: 12 });
    expect(naacePolicy.icsLifecycle).toBeNull();
    expect(naacePolicy.assessorActivity).toBeNull();
    expect(await snapshot(world.ics.id)).toEqual(icsBefore);
    expect(await awardingBodyPolicy(db(), world.ics.id)).toEqual(builtInPolicies.ICS);
    const naaceChain = (await snapshot(world.naace.id)).chain;
    expect(naaceChain.map((event) => event.actorUserId)).toEqual([world.naaceStaff.id, world.naaceStaff.id]);
  });

  it("changes an assessor's CPD status: raising the minimum hours makes a met year a shortfall, lowering it restores it", async () => {
    const world = await createAwardingBodyWorld();
    const staff = world.actor(world.icsStaff.id, world.ics.id);
    const assessor = world.icsAssessor.id;
    // Approved 2025-09-01: the first CPD year runs to 2026-08-31 with 11 hours, both categories and the forum.
    await db().cpdEntry.createMany({
      data: [
        {
          userId: assessor,
          activityOn: new Date("2025-10-10"),
          hours: 4,
          category: "ASSESSOR_SKILLS",
          description: "Questioning techniques",
        },
        {
          userId: assessor,
          activityOn: new Date("2026-01-15"),
          hours: 4,
          category: "OCCUPATIONAL_KNOWLEDGE",
          description: "Complaints handling",
        },
        {
          userId: assessor,
          activityOn: new Date("2026-03-20"),
          hours: 3,
          category: "ASSESSOR_SKILLS",
          mandatoryEvent: "icsAssessorForum",
          description: "Institute Assessor Forum",
        },
      ],
    });
    const status = async () =>
      (await cpdStandings(db(), { awardingBodyId: world.ics.id, userIds: [assessor], asOf: "2026-10-01" })).get(assessor)?.status;

    expect(await status()).toBe("compliant");
    expect(await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), cpdMinimumHours: 12 })).toMatchObject({ ok: true });
    expect(await status()).toBe("nonCompliant");
    expect(await runAction(editAwardingBodyPolicy, staff, { ...icsNumbers(), version: 1, cpdMinimumHours: 10 })).toMatchObject({
      ok: true,
    });
    expect(await status()).toBe("compliant");
  });
});

describe("stored policy rows", () => {
  it("the seed writes the built-in policy once; a row that does not match the schema falls back to the built-in policy", async () => {
    const world = await createAwardingBodyWorld();
    expect(await writeBuiltInPolicySettings(db(), world.naace)).toBe(true);
    expect(await writeBuiltInPolicySettings(db(), world.naace)).toBe(false);
    const row = await db().awardingBodyPolicySettings.findUniqueOrThrow({ where: { awardingBodyId: world.naace.id } });
    expect(row.version).toBe(1);
    expect(row.policy).toEqual(JSON.parse(JSON.stringify(builtInPolicies.NAACE)));

    await db().awardingBodyPolicySettings.update({
      where: { awardingBodyId: world.naace.id },
      data: { policy: { code: "NAACE", cpd: { minimumHours: "lots" } } },
    });
    expect(await awardingBodyPolicy(db(), world.naace.id)).toEqual(builtInPolicies.NAACE);
  });
});
