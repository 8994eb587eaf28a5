import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { closeStandardisationExercise } from "./close-standardisation-exercise";
import { judgeStandardisationExercise } from "./judge-standardisation-exercise";
import { openStandardisationExercise } from "./open-standardisation-exercise";
import { recordStandardisationMeeting } from "./record-standardisation-meeting";

// The /standardisation pages rendered from the real database as the IQA, participants, a
// bystander, the centre admin and another centre's IQA.

const { default: StandardisationPage } = await import("@/app/(app)/standardisation/page");
const { default: MeetingPage } = await import("@/app/(app)/standardisation/meetings/[meetingId]/page");
const { default: NewMeetingPage } = await import("@/app/(app)/standardisation/meetings/new/page");
const { default: ExercisePage } = await import("@/app/(app)/standardisation/exercises/[exerciseId]/page");
const { default: NewExercisePage } = await import("@/app/(app)/standardisation/exercises/new/page");

const db = () => getPrisma();
const notFoundPage = { digest: expect.stringContaining("404") };
/** Visible text, without tags, for reading assertions. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

async function createWorld() {
  const world = await createAssessmentWorld();
  async function member(centreId: string, name: string, role: "ASSESSOR" | "IQA") {
    const user = await createUser(name);
    await db().membership.create({ data: { centreId, userId: user.id, role } });
    return user;
  }
  const iqa = await member(world.centreA.id, "Iris IQA", "IQA");
  const amy = await member(world.centreA.id, "Amy Assessor", "ASSESSOR");
  const nia = await member(world.centreA.id, "Nia Bystander", "ASSESSOR");
  const iqaB = await member(world.centreB.id, "Bob IQA", "IQA");
  const as = (userId: string) => world.actor(userId, world.centreA.id);
  const meeting = await runAction(
    recordStandardisationMeeting,
    as(iqa.id),
    {
      qualificationId: world.qualification.id,
      heldOn: "2026-03-10",
      attendeeUserIds: [world.assessorA.user.id, amy.id],
      otherAttendees: "",
      unitIds: [world.unitA.id],
      evidenceStandardised: "Two anonymised complaint logs.",
      decisionsReached: "Escalation must be evidenced for 1.3.",
      actions: [{ ownerUserId: amy.id, description: "Bring a witness statement example.", dueOn: "2026-04-20" }],
    },
    { now: new Date("2026-03-11T10:00:00Z") },
  );
  if (!meeting.ok) throw new Error(JSON.stringify(meeting));
  const [c11, c12, c13] = world.unitA.criteria.map((criterion) => criterion.id) as [string, string, string];
  const opened = await runAction(openStandardisationExercise, as(iqa.id), {
    qualificationId: world.qualification.id,
    unitId: world.unitA.id,
    meetingId: meeting.data.meetingId,
    title: "Complaint log X",
    evidenceDescription: "A complaint log with the names removed.",
    evidenceItemId: "",
    criterionIds: [c11, c12, c13],
    participantUserIds: [world.assessorA.user.id, world.shared.user.id, amy.id],
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  const exerciseId = opened.data.exerciseId;
  for (const [userId, outcome, met, rationale] of [
    [world.assessorA.user.id, "NOT_YET_ACHIEVED", [c11, c12], "Alan's reasons: no escalation."],
    [world.shared.user.id, "ACHIEVED", [c11, c12, c13], "Sam's reasons: escalation mentioned."],
  ] as const) {
    const judged = await runAction(judgeStandardisationExercise, as(userId), { exerciseId, outcome, criteriaMetIds: met, rationale });
    if (!judged.ok) throw new Error(JSON.stringify(judged));
  }
  return { ...world, iqa, amy, nia, iqaB, as, meetingId: meeting.data.meetingId, exerciseId, c11, c12 };
}

const exercisePage = (exerciseId: string) => renderPage(ExercisePage({ params: Promise.resolve({ exerciseId }) }));

describe("standardisation pages", () => {
  it("the evidence item links to the candidate, except for a participant with a conflict in force with that candidate", async () => {
    const world = await createWorld();
    const opened = await runAction(openStandardisationExercise, world.as(world.iqa.id), {
      qualificationId: world.qualification.id,
      unitId: world.unitA.id,
      meetingId: "",
      title: "Complaint log Y",
      evidenceDescription: "A complaint log with the names removed.",
      evidenceItemId: world.inCentreA.evidence.id,
      criterionIds: [world.c11, world.c12],
      participantUserIds: [world.assessorA.user.id, world.shared.user.id],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const link = `/candidates/${world.inCentreA.evidence.candidateId}/evidence/${world.inCentreA.evidence.id}`;
    // Alan has no conflict: the item, linked.
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const alan = await exercisePage(opened.data.exerciseId);
    expect(alan).toContain(`href="${link}"`);
    expect(textOf(alan)).toContain("Evidence item: E1 Complaint log");
    // Sam declared a conflict with the candidate (in force): no link, no item, a sentence instead.
    await signInAs(world.shared.user.id, world.centreA.id);
    const sam = await exercisePage(opened.data.exerciseId);
    expect(sam).not.toContain(world.inCentreA.evidence.candidateId);
    expect(textOf(sam)).not.toContain("E1 Complaint log");
    expect(textOf(sam)).toContain("You declared a conflict with this candidate; judge from the description.");
  });

  it("a participant who has not judged sees the form and not the others' judgements; after judging, the comparison", async () => {
    const world = await createWorld();
    await signInAs(world.amy.id, world.centreA.id);
    const overview = textOf(await renderPage(StandardisationPage()));
    expect(overview).toContain("1 exercise is awaiting your judgement.");
    expect(overview).toContain("Awaiting your judgement");
    expect(overview).toContain("Test Diploma in Customer Service");
    const before = textOf(await exercisePage(world.exerciseId));
    expect(before).toContain("Record my judgement");
    expect(before).toContain("so you are not led by them");
    expect(before).not.toContain("Sam's reasons");
    expect(before).not.toContain("Judgements compared");

    await runAction(judgeStandardisationExercise, world.as(world.amy.id), {
      exerciseId: world.exerciseId,
      outcome: "NOT_YET_ACHIEVED",
      criteriaMetIds: [world.c11],
      rationale: "Amy's reasons.",
    });
    const after = await exercisePage(world.exerciseId);
    const text = textOf(after);
    expect(text).toContain("Judgements compared criterion by criterion, with the majority");
    expect(text).toContain("Sam's reasons: escalation mentioned.");
    expect(text).not.toContain("Record my judgement");
    // Each cell says met or not met in words; row headers and column headers are marked up for screen readers.
    expect(after).toMatch(/<th[^>]*scope="row"[^>]*>.*1\.3/);
    expect(after).toContain('scope="col"');
    expect(text).toMatch(/1\.3 Resolve complaints: criterion 1\.3 ✗ Not met ✓ Met Differs ✗ Not met 1 of 3/);
    expect(text).toContain("Not consistent: Sam Shared differs on 1.3");
  });

  it("the IQA closes and then sees the agreed column and a risk form per participating assessor; others are refused the pages", async () => {
    const world = await createWorld();
    await signInAs(world.iqa.id, world.centreA.id);
    const open = textOf(await exercisePage(world.exerciseId));
    expect(open).toContain("Record the agreed judgement and close");
    expect(open).toContain("Alan's reasons");
    await runAction(closeStandardisationExercise, world.as(world.iqa.id), {
      exerciseId: world.exerciseId,
      version: 1,
      agreedOutcome: "NOT_YET_ACHIEVED",
      agreedCriterionIds: [world.c11, world.c12],
      agreedRationale: "Escalation not evidenced.",
    });
    const closed = textOf(await exercisePage(world.exerciseId));
    expect(closed).toContain("Judgements compared criterion by criterion, with the agreed judgement");
    expect(closed).toContain("Agreed judgement");
    expect(closed).toMatch(/Agrees with the agreed judgement 3 of 3 criteria Same outcome 2 of 3 criteria Different outcome/);
    expect(closed).toContain("Change Sam Shared's risk rating");
    expect(closed).toContain("Change Amy Assessor's risk rating");
    expect(closed).not.toContain("Record the agreed judgement and close");
    const meeting = textOf(await renderPage(MeetingPage({ params: Promise.resolve({ meetingId: world.meetingId }) })));
    expect(meeting).toContain("Bring a witness statement example.");
    expect(meeting).toContain("Complaint log X");
    expect(textOf(await renderPage(NewMeetingPage()))).toContain("Record the meeting");
    expect(textOf(await renderPage(NewExercisePage({ searchParams: Promise.resolve({ meeting: world.meetingId }) })))).toContain(
      "Meeting held on 2026-03-10",
    );
    const overview = textOf(await renderPage(StandardisationPage()));
    expect(overview).toMatch(/Overdue|Not yet due/);

    // The admin reads everything but records nothing.
    await signInAs(world.adminA.user.id, world.centreA.id);
    const asAdmin = textOf(await exercisePage(world.exerciseId));
    expect(asAdmin).toContain("Agreed judgement");
    expect(asAdmin).not.toContain("Change Sam Shared's risk rating");
    await expect(renderPage(NewMeetingPage())).rejects.toMatchObject(notFoundPage);
    // A bystander assessor and another centre's IQA: not found.
    await signInAs(world.nia.id, world.centreA.id);
    await expect(exercisePage(world.exerciseId)).rejects.toMatchObject(notFoundPage);
    await signInAs(world.iqaB.id, world.centreB.id);
    await expect(exercisePage(world.exerciseId)).rejects.toMatchObject(notFoundPage);
    await expect(renderPage(MeetingPage({ params: Promise.resolve({ meetingId: world.meetingId }) }))).rejects.toMatchObject(notFoundPage);
    // A candidate has no standardisation pages.
    await signInAs(world.candidateA.user.id, world.centreA.id);
    await expect(renderPage(StandardisationPage())).rejects.toMatchObject(notFoundPage);
  });
});
