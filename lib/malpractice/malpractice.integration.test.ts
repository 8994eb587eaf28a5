import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { openCasesFor } from "@/lib/appeals/open-cases";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { addMalpracticeNote } from "./add-malpractice-note";
import { closeMalpracticeCase } from "./close-malpractice-case";
import { getMalpracticeCase, listMalpracticeCases, malpracticeFormOptions } from "./queries";
import { recordMalpracticeCase } from "./record-malpractice-case";
import { recordMalpracticeReport } from "./record-malpractice-report";

const db = () => getPrisma();
const now = new Date("2026-04-30T10:00:00Z");
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);

/** The world with a head of centre at each centre (a centre admin flagged head of centre). */
async function withHeads() {
  const world = await createAssessmentWorld();
  const head = async (centreId: string, name: string) => {
    const user = await createUser(name);
    await db().membership.create({ data: { centreId, userId: user.id, role: "CENTRE_ADMIN", isHeadOfCentre: true } });
    return user;
  };
  return { ...world, headA: await head(world.centreA.id, "Hana Head"), headB: await head(world.centreB.id, "Hugo Head") };
}
type World = Awaited<ReturnType<typeof withHeads>>;
const asHead = (world: World) => world.actor(world.headA.id, world.centreA.id);

const aboutCandidate = (world: AssessmentWorld) => ({
  subject: "CANDIDATE",
  staffUserId: "",
  candidateId: world.candidateInA.id,
  suspicion: "Two answers in the knowledge test match a website word for word.",
  cameToLightOn: "2026-04-01",
});

async function openCase(world: World) {
  const result = await runAction(recordMalpracticeCase, asHead(world), aboutCandidate(world), { now });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (result.data as { caseId: string }).caseId;
}

describe("malpractice cases (handbook 5.22)", () => {
  it("the head of centre records a case, adds dated notes, records the report and closes it with the outcome; each audited", async () => {
    const world = await withHeads();
    const caseId = await openCase(world);
    const staffCase = await runAction(
      recordMalpracticeCase,
      asHead(world),
      {
        subject: "STAFF",
        staffUserId: world.assessorA.user.id,
        candidateId: world.candidateInA.id,
        suspicion: "Signed off a unit without seeing the evidence.",
        cameToLightOn: "2026-04-02",
      },
      { now },
    );
    expect(staffCase).toMatchObject({ ok: true });
    // The candidate chosen before switching to staff is not part of the case.
    expect(await db().malpracticeCase.findFirstOrThrow({ where: { centreId: world.centreA.id, subject: "STAFF" } })).toMatchObject({
      staffUserId: world.assessorA.user.id,
      candidateId: null,
      status: "UNDER_INVESTIGATION",
    });
    const steps = [
      await runAction(
        addMalpracticeNote,
        asHead(world),
        { caseId, version: 1, writtenOn: "2026-04-03", note: "Met the candidate and the assessor." },
        { now },
      ),
      await runAction(
        addMalpracticeNote,
        asHead(world),
        { caseId, version: 2, writtenOn: "2026-04-05", note: "The candidate admitted copying." },
        { now },
      ),
      await runAction(
        recordMalpracticeReport,
        asHead(world),
        { caseId, version: 3, reportedToAwardingBodyOn: "2026-04-02", reportNote: "Email to OCR Risk and Compliance" },
        { now },
      ),
      await runAction(
        closeMalpracticeCase,
        asHead(world),
        { caseId, version: 4, closedOn: "2026-04-20", outcome: "Unit to be reassessed; warning given." },
        { now },
      ),
    ];
    expect(steps.map((step) => step.ok)).toEqual([true, true, true, true]);
    const head = await accessOf(world.headA.id, world.centreA.id);
    const page = await getMalpracticeCase(head, caseId);
    expect(page).toMatchObject({
      status: "CLOSED",
      outcome: "Unit to be reassessed; warning given.",
      reportNote: "Email to OCR Risk and Compliance",
      version: 5,
    });
    expect(page.notes.map((note) => [note.writtenOn.toISOString().slice(0, 10), note.note, note.author.name])).toEqual([
      ["2026-04-03", "Met the candidate and the assessor.", "Hana Head"],
      ["2026-04-05", "The candidate admitted copying.", "Hana Head"],
    ]);
    const audit = await db().auditEvent.findMany({ where: { centreId: world.centreA.id, targetId: caseId }, orderBy: { sequence: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "malpractice.record",
      "malpractice.addNote",
      "malpractice.addNote",
      "malpractice.recordReport",
      "malpractice.close",
    ]);
    expect(audit[0]!.summary).toMatchObject({ subject: "CANDIDATE", person: "Cara Candidate", cameToLightOn: "2026-04-01" });
    expect((await listMalpracticeCases(head, "open")).map((row) => row.staffMember?.name)).toEqual(["Alan Assessor"]);
    expect((await listMalpracticeCases(head, "closed")).map((row) => [row.candidate?.name, row._count.notes])).toEqual([
      ["Cara Candidate", 2],
    ]);
    expect(await listMalpracticeCases(head, "all")).toHaveLength(2);
    const options = await malpracticeFormOptions(head);
    expect(options.staff.map((person) => person.name)).toEqual(["Ada Admin", "Alan Assessor", "Hana Head", "Sam Shared"]);
    expect(options.candidates.map((candidate) => candidate.name)).toEqual(["Cara Candidate"]);
  });

  it("a case under investigation holds the person's records; closed, it holds nothing", async () => {
    const world = await withHeads();
    const candidateCases = () => openCasesFor(db(), { centreId: world.centreA.id, candidateId: world.candidateInA.id });
    expect(await candidateCases()).toEqual([]);
    const caseId = await openCase(world);
    expect(await candidateCases()).toEqual(["malpractice"]);
    expect(await openCasesFor(db(), { centreId: world.centreB.id, candidateId: world.candidateInA.id })).toEqual([]);
    await runAction(
      recordMalpracticeCase,
      asHead(world),
      { ...aboutCandidate(world), subject: "STAFF", staffUserId: world.shared.user.id },
      { now },
    );
    expect(await openCasesFor(db(), { centreId: world.centreA.id, staffUserId: world.shared.user.id })).toEqual(["malpractice"]);
    expect(await openCasesFor(db(), { centreId: world.centreB.id, staffUserId: world.shared.user.id })).toEqual([]);
    await runAction(
      recordMalpracticeReport,
      asHead(world),
      { caseId, version: 1, reportedToAwardingBodyOn: "2026-04-01", reportNote: "Email" },
      { now },
    );
    await runAction(
      closeMalpracticeCase,
      asHead(world),
      { caseId, version: 2, closedOn: "2026-04-10", outcome: "No case to answer." },
      { now },
    );
    expect(await candidateCases()).toEqual([]);
  });

  it("refuses bad input with messages by the fields, closing before the report, and changes nothing", async () => {
    const world = await withHeads();
    const empty = await runAction(
      recordMalpracticeCase,
      asHead(world),
      { subject: "", staffUserId: "", candidateId: "", suspicion: "", cameToLightOn: "" },
      { now },
    );
    expect(empty).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        subject: ["Choose whether it involves a member of staff or a candidate."],
        suspicion: ["Say what is suspected."],
        cameToLightOn: ["Enter the date it came to light."],
      },
    });
    const noPerson = await runAction(recordMalpracticeCase, asHead(world), { ...aboutCandidate(world), candidateId: "" }, { now });
    expect(noPerson).toMatchObject({ ok: false, fieldErrors: { candidateId: ["Choose the candidate."] } });
    const future = await runAction(
      recordMalpracticeCase,
      asHead(world),
      { ...aboutCandidate(world), cameToLightOn: "2026-05-01" },
      { now },
    );
    expect(future).toMatchObject({ ok: false, fieldErrors: { cameToLightOn: ["The date cannot be in the future."] } });
    expect(await db().malpracticeCase.count({ where: { centreId: world.centreA.id } })).toBe(0);

    const caseId = await openCase(world);
    const before = await db().malpracticeCase.findUniqueOrThrow({ where: { id: caseId } });
    const unreported = await runAction(
      closeMalpracticeCase,
      asHead(world),
      { caseId, version: 1, closedOn: "2026-04-10", outcome: "Done" },
      { now },
    );
    expect(unreported).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { _form: ["Record the date the case was reported to the awarding body before closing it."] },
    });
    const earlyNote = await runAction(
      addMalpracticeNote,
      asHead(world),
      { caseId, version: 1, writtenOn: "2026-03-31", note: "Before" },
      { now },
    );
    expect(earlyNote).toMatchObject({
      ok: false,
      fieldErrors: { writtenOn: ["The date cannot be before the case came to light (2026-04-01)."] },
    });
    const noNote = await runAction(addMalpracticeNote, asHead(world), { caseId, version: 1, writtenOn: "2026-04-02", note: "" }, { now });
    expect(noNote).toMatchObject({ ok: false, fieldErrors: { note: ["Write the note."] } });
    expect(await db().malpracticeCase.findUniqueOrThrow({ where: { id: caseId } })).toEqual(before);
    expect(await db().malpracticeNote.count({ where: { caseId } })).toBe(0);
    // Reported on the 2nd: closing before then is refused.
    await runAction(
      recordMalpracticeReport,
      asHead(world),
      { caseId, version: 1, reportedToAwardingBodyOn: "2026-04-02", reportNote: "Email" },
      { now },
    );
    const beforeReport = await runAction(
      closeMalpracticeCase,
      asHead(world),
      { caseId, version: 2, closedOn: "2026-04-01", outcome: "Done" },
      { now },
    );
    expect(beforeReport).toMatchObject({
      ok: false,
      fieldErrors: { closedOn: ["The date cannot be before the case was reported to the awarding body (2026-04-02)."] },
    });
    const twice = await runAction(
      recordMalpracticeReport,
      asHead(world),
      { caseId, version: 2, reportedToAwardingBodyOn: "2026-04-03", reportNote: "Again" },
      { now },
    );
    expect(twice).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { reportedToAwardingBodyOn: ["The case was already recorded as reported on 2026-04-02."] },
    });
  });

  it("refuses a stale version, another centre's case or person (as a missing one), and anyone but the head of centre", async () => {
    const world = await withHeads();
    const caseId = await openCase(world);
    const stale = await runAction(
      addMalpracticeNote,
      asHead(world),
      { caseId, version: 2, writtenOn: "2026-04-02", note: "Late" },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const headB = world.actor(world.headB.id, world.centreB.id);
    const missingId = "00000000-0000-4000-8000-000000000000";
    const noteInput = { caseId, version: 1, writtenOn: "2026-04-02", note: "From B" };
    const fromB = await runAction(addMalpracticeNote, headB, noteInput, { now });
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(fromB).toEqual(await runAction(addMalpracticeNote, headB, { ...noteInput, caseId: missingId }, { now }));
    const aboutA = await runAction(recordMalpracticeCase, headB, aboutCandidate(world), { now });
    expect(aboutA).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(aboutA).toEqual(await runAction(recordMalpracticeCase, headB, { ...aboutCandidate(world), candidateId: missingId }, { now }));
    const staffOfA = await runAction(
      recordMalpracticeCase,
      headB,
      { ...aboutCandidate(world), subject: "STAFF", staffUserId: world.assessorA.user.id },
      { now },
    );
    expect(staffOfA).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The centre admin who is not head of centre, the assessor, the candidate.
    for (const userId of [world.adminA.user.id, world.assessorA.user.id, world.candidateA.user.id]) {
      expect(await runAction(addMalpracticeNote, world.actor(userId, world.centreA.id), noteInput, { now })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await runAction(recordMalpracticeCase, world.actor(userId, world.centreA.id), aboutCandidate(world), { now })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await db().malpracticeNote.count({ where: { caseId } })).toBe(0);
    expect(await db().malpracticeCase.count({ where: { centreId: { in: [world.centreA.id, world.centreB.id] } } })).toBe(1);
  });

  it("only the head of centre sees cases: a centre admin, an assessor, an external verifier and another centre's head are told 'not found'", async () => {
    const world = await withHeads();
    const caseId = await openCase(world);
    const ev = await createUser("Eve Verifier");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: ev.id, role: "EXTERNAL_VERIFIER" } });
    expect((await listMalpracticeCases(await accessOf(world.headA.id, world.centreA.id), "open")).map((row) => row.id)).toEqual([caseId]);
    for (const userId of [world.adminA.user.id, world.assessorA.user.id, ev.id, world.candidateA.user.id]) {
      const access = await accessOf(userId, world.centreA.id);
      await expect(listMalpracticeCases(access, "all")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getMalpracticeCase(access, caseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(malpracticeFormOptions(access)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const headB = await accessOf(world.headB.id, world.centreB.id);
    await expect(getMalpracticeCase(headB, caseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listMalpracticeCases(headB, "all")).toEqual([]);
  });

  it("notes are append-only for the app", async () => {
    const world = await withHeads();
    const caseId = await openCase(world);
    await runAction(addMalpracticeNote, asHead(world), { caseId, version: 1, writtenOn: "2026-04-02", note: "First" }, { now });
    await expect(db().malpracticeNote.updateMany({ where: { caseId }, data: { note: "Changed" } })).rejects.toThrow();
    await expect(db().malpracticeNote.deleteMany({ where: { caseId } })).rejects.toThrow();
  });
});
