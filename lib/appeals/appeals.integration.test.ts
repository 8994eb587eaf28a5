import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { lodgeAppeal } from "./lodge-appeal";
import { appealFormOptions, listCandidateAppeals, listCentreAppeals } from "./queries";

const db = () => getPrisma();
const asCandidate = (world: AssessmentWorld) => world.actor(world.candidateA.user.id, world.centreA.id);
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);

describe("lodging an appeal", () => {
  it("against one of the candidate's decisions, or a decision they describe, dated today; the centre admin sees them", async () => {
    const world = await createAssessmentWorld();
    const now = new Date("2026-03-10T16:45:00Z");
    const onDecision = await runAction(
      lodgeAppeal,
      asCandidate(world),
      {
        candidateId: world.candidateInA.id,
        unitDecisionId: world.inCentreA.decision.id,
        decisionDescription: "ignored",
        grounds: "Criterion 1.2 was met by E1.",
      },
      { now },
    );
    expect(onDecision).toMatchObject({ ok: true, data: { lodgedOn: "2026-03-10" } });
    const described = await runAction(
      lodgeAppeal,
      asCandidate(world),
      {
        candidateId: world.candidateInA.id,
        unitDecisionId: "",
        decisionDescription: "Observation on 2 March",
        grounds: "I was not told the criteria.",
      },
      { now },
    );
    expect(described.ok).toBe(true);
    const stored = await db().appeal.findMany({ where: { centreId: world.centreA.id }, orderBy: { createdAt: "asc" } });
    expect(stored).toMatchObject([
      { unitDecisionId: world.inCentreA.decision.id, decisionDescription: null, status: "LODGED", lodgedById: world.candidateA.user.id },
      { unitDecisionId: null, decisionDescription: "Observation on 2 March", grounds: "I was not told the criteria." },
    ]);
    expect(stored[0]!.lodgedOn.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "appeal.lodge" },
      orderBy: { sequence: "asc" },
    });
    expect(audit.summary).toMatchObject({
      decision: "Resolve complaints: formative, not yet achieved, 2026-03-03",
      lodgedOn: "2026-03-10",
    });

    const admin = await listCentreAppeals(await accessOf(world.adminA.user.id, world.centreA.id));
    expect(admin.map((a) => [a.candidate.name, a.unitDecision?.unit.title ?? a.decisionDescription])).toEqual([
      ["Cara Candidate", "Observation on 2 March"],
      ["Cara Candidate", "Resolve complaints"],
    ]);
    expect(await listCentreAppeals(await accessOf(world.adminB.user.id, world.centreB.id))).toEqual([]);
    await expect(listCentreAppeals(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await listCandidateAppeals(await accessOf(world.candidateA.user.id, world.centreA.id), world.candidateInA.id);
    expect(own.appeals.map((a) => a.status)).toEqual(["LODGED", "LODGED"]);
    await expect(listCandidateAppeals(await accessOf(world.adminB.user.id, world.centreB.id), world.candidateInA.id)).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    await expect(appealFormOptions(await accessOf(world.assessorA.user.id, world.centreA.id), world.candidateInA.id)).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    const options = await appealFormOptions(await accessOf(world.candidateA.user.id, world.centreA.id), world.candidateInA.id);
    expect(options.decisions?.map((d) => d.id)).toEqual([world.inCentreA.decision.id]);
  });

  it("refuses bad input and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(lodgeAppeal, asCandidate(world), {
      candidateId: world.candidateInA.id,
      unitDecisionId: "",
      decisionDescription: "",
      grounds: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        decisionDescription: [expect.stringMatching(/Choose the decision/)],
        grounds: ["Say what you disagree with and why."],
      },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("only for the candidate's own record: another candidate, staff and another centre are refused", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const input = {
      candidateId: world.candidateInA.id,
      unitDecisionId: world.inCentreA.decision.id,
      decisionDescription: "",
      grounds: "Unfair",
    };
    const fromB = await runAction(lodgeAppeal, world.actor(world.candidateUserB.id, world.centreB.id), input);
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Candidate B naming centre A's decision against their own record.
    const crossed = await runAction(lodgeAppeal, world.actor(world.candidateUserB.id, world.centreB.id), {
      ...input,
      candidateId: world.candidateInB.id,
    });
    expect(crossed).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const other = await db().user.create({ data: { name: "Olly Other", email: `olly.ap.${world.centreA.id}@test.example` } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: other.id, role: "CANDIDATE" } });
    expect(await runAction(lodgeAppeal, world.actor(other.id, world.centreA.id), input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(lodgeAppeal, world.actor(world.adminA.user.id, world.centreA.id), input)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});
