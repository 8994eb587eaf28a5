import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { declareConflict } from "./declare-conflict";
import { endConflict } from "./end-conflict";

// The conflict pages rendered from the real database: the person's own declarations on their
// professional record, and the centre's register (admin) or own list (assessor) at /conflicts.

const { default: RecordConflictsPage } = await import("@/app/(app)/professional-record/conflicts/page");
const { default: ConflictsPage } = await import("@/app/(app)/conflicts/page");

const notFoundPage = { digest: expect.stringContaining("404") };
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
const register = (status?: string) => renderPage(ConflictsPage({ searchParams: Promise.resolve(status ? { status } : {}) }));

describe("conflict pages", () => {
  it("the assessor's record lists their declarations and offers the three forms; the admin's register shows the centre's, filtered", async () => {
    const world = await createAssessmentWorld();
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const declared = await runAction(declareConflict, asAlan, {
      subject: "CENTRE",
      centreId: world.centreA.id,
      candidateId: "",
      schoolId: "",
      relationship: "EMPLOYER",
      details: "Part-time job in their office.",
      declaredOn: "2026-01-15",
    });
    if (!declared.ok) throw new Error(declared.message);
    await runAction(endConflict, asAlan, { declarationId: declared.data.declarationId, version: 1, endedOn: "2026-02-01" });

    await signInAs(world.assessorA.user.id, world.centreA.id);
    const recordHtml = await renderPage(RecordConflictsPage());
    // The heading comes first, then the record's section links, as on the other record pages.
    expect(recordHtml.indexOf("<h1")).toBeGreaterThan(-1);
    expect(recordHtml.indexOf("<h1")).toBeLessThan(recordHtml.indexOf('aria-label="Professional record sections"'));
    // An OCR assessor's page cites no other body's code and offers no school-only relationship.
    expect(recordHtml).not.toMatch(/ICS|A2\b|Naace/);
    expect(recordHtml).not.toContain("Supported their self-review");
    expect(recordHtml).not.toContain("General support only");
    const record = textOf(recordHtml);
    expect(record).toContain("Conflicts of interest");
    expect(record).toContain("Alpha College (the whole centre)");
    expect(record).toContain("Employer or employee");
    expect(record).toContain("Ended");
    expect(record).toContain("Part-time job in their office.");
    for (const card of ["A candidate", "A centre"]) expect(record).toContain(card);
    expect(record).not.toContain("A school");
    // At /conflicts the assessor sees their own declarations here and is sent to their record.
    const own = textOf(await register());
    expect(own).toContain("Your declarations here");
    expect(own).toContain("The whole centre");
    expect(own).toContain("your professional record");
    expect(own).not.toContain("Sam Shared");

    await signInAs(world.adminA.user.id, world.centreA.id);
    const inForce = textOf(await register());
    expect(inForce).toContain("Conflict-of-interest register");
    expect(inForce).toContain("In force (1)");
    expect(inForce).toContain("Ended (1)");
    expect(inForce).toContain("Sam Shared");
    expect(inForce).not.toContain("Alan Assessor");
    const ended = textOf(await register("ended"));
    expect(ended).toContain("Alan Assessor");
    expect(ended).toContain("The whole centre");
    expect(ended).not.toContain("Sam Shared");
    // The admin keeps no declarations of their own.
    const adminRecord = textOf(await renderPage(RecordConflictsPage()));
    expect(adminRecord).toContain("You do not assess or quality-assure at any centre");

    // Another centre's admin sees none of centre A's declarations.
    await signInAs(world.adminB.user.id, world.centreB.id);
    const other = textOf(await register("all"));
    expect(other).toContain("Nobody has declared a relationship here.");
    expect(other).not.toContain("Alan Assessor");
    expect(other).not.toContain("Cara Candidate");

    // A candidate has no conflicts page.
    await signInAs(world.candidateA.user.id, world.centreA.id);
    await expect(register()).rejects.toMatchObject(notFoundPage);
  });

  it("a Naace assessor with no centre declares about the body's schools from the record", async () => {
    const world = await createAwardingBodyWorld();
    await signInAtAwardingBody(world.naaceAssessor.id, world.naace.id);
    const before = textOf(await renderPage(RecordConflictsPage()));
    expect(before).toContain("A school");
    expect(before).toContain(world.school.name);
    expect(before).not.toContain(world.icsSchool.name);
    expect(before).toContain("You declare relationships with candidates of the centres where you assess");
    expect(before).toContain("(Naace ICT Mark code)");
    expect(before).not.toContain("ICS");
    await runAction(declareConflict, world.actor(world.naaceAssessor.id, world.naace.id), {
      subject: "SCHOOL",
      centreId: "",
      candidateId: "",
      schoolId: world.school.id,
      relationship: "SUPPORTED_SELF_REVIEW",
      details: "",
      declaredOn: "2025-11-01",
    });
    const after = textOf(await renderPage(RecordConflictsPage()));
    expect(after).toContain(`${world.school.name} (school)`);
    expect(after).toContain("Supported their self-review");
    expect(after).toContain("Stops you assessing there");
  });
});
