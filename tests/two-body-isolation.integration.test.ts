import { describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { runAction } from "@/lib/actions/run-action";
import { awardingBodyActions } from "@/lib/actions/registry";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "./factories/awarding-body-world";

// Every awarding-body action, walked by the other body's staff: a record of the Institute named
// by Naace's staff must be "not found", exactly as an id that does not exist; nothing changes and
// the Institute's chain gets no entry. Then the same actions from a centre and from an approved
// assessor (who keeps only their own record) are refused.

const missingId = "00000000-0000-4000-8000-000000000000";

/** For each action: the input naming the Institute's (body A's) record, tried by Naace's staff. */
type ForeignCase = { input: (world: AwardingBodyWorld) => unknown };

const foreignInputs: Record<keyof typeof awardingBodyActions, ForeignCase | null> = {
  // Names no record: a school is added to the actor's own body.
  addSchool: null,
  // Names no record: the input is the version and the numbers; the policy edited is always the
  // active body's own (from the session). lib/policies/edit-awarding-body-policy.integration.test.ts
  // shows Naace's staff editing change only Naace's policy, and a centre, an approved assessor
  // and the other body's staff unable to change the Institute's.
  editAwardingBodyPolicy: null,
  updateSchool: { input: (world) => ({ schoolId: world.icsSchool.id, version: 1, name: "Renamed", urn: "", contactEmail: "" }) },
  recordIctMarkAward: { input: (world) => ({ schoolId: world.icsSchool.id, version: 1, awardedOn: "2025-01-01" }) },
  sendRenewalReminder: { input: (world) => ({ schoolId: world.icsSchool.id, version: 1 }) },
  acknowledgeCircumstanceChange: { input: (world) => ({ changeId: world.icsChange.id }) },
  startApproval: { input: (world) => ({ userId: world.icsAssessor.id, reason: "Selected" }) },
  recordApprovalEvent: {
    input: (world) => ({
      type: "grantFullAccreditation",
      approvalId: world.icsApproval.id,
      version: 1,
      on: "2025-10-20",
      reason: "Combined qualifications assessed",
    }),
  },
  recordBreach: {
    input: (world) => ({ userId: world.icsAssessor.id, occurredOn: "2026-01-10", description: "Assessed without declaring a conflict." }),
  },
  recordCorrespondence: {
    input: (world) => ({
      reviewId: world.icsPastReview.id,
      direction: "TO_ASSESSOR",
      sentOn: "2026-01-12",
      summary: "Letter about the breach",
      responseDueOn: "2026-01-26",
    }),
  },
  recordNoResponse: { input: (world) => ({ reviewId: world.icsPastReview.id, version: 1 }) },
  closeSupportingReview: {
    input: (world) => ({ reviewId: world.icsPastReview.id, version: 1, closedOn: "2026-01-20", outcome: "Resolved" }),
  },
  withdrawApproval: {
    input: (world) => ({
      reviewId: world.icsPastReview.id,
      version: 1,
      reason: "repeatedBreaches",
      withdrawnOn: "2026-01-20",
      outcome: "Withdrawn",
    }),
  },
  createQaRequest: {
    input: (world) => ({
      userId: world.icsAssessor.id,
      kind: "REVIEW_CPD_LOG",
      details: "Send your log",
      dueOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
    }),
  },
  completeQaRequest: { input: (world) => ({ requestId: world.icsPastQaRequest.id, version: 1, outcome: "Done" }) },
  cancelQaRequest: { input: (world) => ({ requestId: world.icsPastQaRequest.id, version: 1, reason: "Not needed" }) },
  // Names no record: imports into the active body's own catalogue (lib/qualification-import tests:
  // audited on that body's chain, seen by that body's centres).
  importCatalogueQualification: null,
};

function withMissingIds(input: unknown, world: AwardingBodyWorld): unknown {
  const text = JSON.stringify(input);
  const ids = new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
  let replaced = text;
  for (const id of ids) if (id !== world.naace.id) replaced = replaced.replaceAll(id, missingId);
  return JSON.parse(replaced);
}

/** What an awarding body holds, to show a refused action changed none of it. */
async function bodySnapshot(awardingBodyId: string) {
  const db = getPrisma();
  const where = { awardingBodyId };
  return {
    settings: await db.awardingBodyPolicySettings.findMany({ where }),
    approvals: await db.assessorApproval.findMany({ where, orderBy: { id: "asc" } }),
    events: await db.assessorApprovalEvent.findMany({ where, orderBy: { id: "asc" } }),
    reviews: await db.supportingReview.findMany({ where, orderBy: { id: "asc" } }),
    breaches: await db.breach.findMany({ where, orderBy: { id: "asc" } }),
    correspondence: await db.supportingReviewCorrespondence.findMany({ where, orderBy: { id: "asc" } }),
    qaRequests: await db.qualityAssuranceRequest.findMany({ where, orderBy: { id: "asc" } }),
    changes: await db.circumstanceChange.findMany({ where, orderBy: { id: "asc" } }),
    schools: await db.school.findMany({ where, orderBy: { id: "asc" } }),
    chain: await db.auditEvent.count({ where: { chain: `awarding-body:${awardingBodyId}` } }),
  };
}

describe("two-body isolation", () => {
  it("every awarding-body action is covered", () => {
    expect(Object.keys(foreignInputs).sort()).toEqual(Object.keys(awardingBodyActions).sort());
  });

  for (const [name, definition] of Object.entries(awardingBodyActions) as unknown as [string, ActionDefinition][]) {
    const foreignCase = foreignInputs[name as keyof typeof awardingBodyActions];
    if (!foreignCase) continue;
    it(`action ${definition.name}: another body's id is "not found", like a missing one`, async () => {
      const world = await createAwardingBodyWorld();
      const before = await bodySnapshot(world.ics.id);
      const actor = world.actor(world.naaceStaff.id, world.naace.id);
      const input = foreignCase.input(world);
      const foreign = await runAction(definition, actor, input);
      const missing = await runAction(definition, actor, withMissingIds(input, world));
      expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(foreign).toEqual(missing);
      expect(await bodySnapshot(world.ics.id)).toEqual(before);
    });

    it(`action ${definition.name}: refused from a centre and to an approved assessor`, async () => {
      const world = await createAwardingBodyWorld();
      const input = foreignCase.input(world);
      const fromCentre = await runAction(definition, world.centreActor(world.icsAssessor.id, world.icsCentre.id), input);
      expect(fromCentre).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const asAssessor = await runAction(definition, world.actor(world.icsAssessor.id, world.ics.id), input);
      expect(asAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    });
  }
});
