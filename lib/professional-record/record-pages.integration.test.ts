import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { homeNextSteps } from "@/lib/home/queries";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentreWorld, createUser } from "@/tests/factories/centre-world";

// The overview of the professional record as its owner reads it: OCR's accepted-qualification
// list (handbook 4.2, 4.4) only under a body whose policy sets it; the approval by a body with a
// lifecycle (the Institute, Naace); the IQA line only for IQAs; one verdict per role.

const { default: ProfessionalRecordPage } = await import("@/app/(app)/professional-record/page");
const { default: CircumstancesPage } = await import("@/app/(app)/professional-record/circumstances/page");

const db = () => getPrisma();

/** The "Your status with each awarding body" card, up to the next card. */
function bodyCard(html: string): string {
  const start = html.indexOf("Your status with each awarding body");
  const end = html.indexOf("What your centres count", start);
  return html.slice(start, end === -1 ? html.indexOf(">CPD<", start) : end);
}

describe("the professional record's status per awarding body", () => {
  it("a Naace assessor sees their approval state and since when, never 'Not qualified' by the OCR handbook", async () => {
    const world = await createAwardingBodyWorld();
    await signInAtAwardingBody(world.naaceAssessor.id, world.naace.id);
    const card = bodyCard(await renderPage(ProfessionalRecordPage()));
    expect(card).toContain("Your approval:");
    expect(card).toContain("Registered");
    expect(card).toContain("since 1 Oct 2025");
    expect(card).not.toContain("Not qualified");
    expect(card).not.toContain("OCR handbook");
    expect(card).not.toContain("IQA:");
  });

  it("an Institute assessor sees their approval; a withdrawn one is flagged", async () => {
    const world = await createAwardingBodyWorld();
    const access = await signInAs(world.icsAssessor.id, world.icsCentre.id);
    // Their home's step names the approval instead of asking for an OCR-listed qualification.
    const steps = (await homeNextSteps(access!)).map((step) => step.text);
    expect(steps).toContain(
      `Your approval by ${world.ics.name}: Single sign-off since 1 Sept 2025. Keep your professional record up to date.`,
    );
    expect(steps.join(" ")).not.toContain("Record your assessor or IQA qualification");
    const page = await renderPage(ProfessionalRecordPage());
    // Their centre's card says why sign-off there still reads OCR's list.
    expect(page).toContain(
      `${world.ics.name} sets no list of accepted assessor qualifications of its own, so sign-off at Gamma Contact Academy`,
    );
    const card = bodyCard(page);
    expect(card).toContain("Single sign-off");
    expect(card).toContain("since 1 Sept 2025");
    expect(card).not.toContain("Not qualified");
    expect(card).not.toContain("IQA:");

    await db().assessorApprovalEvent.create({
      data: {
        awardingBodyId: world.ics.id,
        approvalId: world.icsApproval.id,
        sequence: 4,
        type: "withdraw",
        event: { type: "withdraw", on: "2026-03-02", reason: "repeatedBreaches" },
        occurredOn: new Date("2026-03-02"),
        reason: "Repeated breaches",
      },
    });
    await db().assessorApproval.update({ where: { id: world.icsApproval.id }, data: { state: "withdrawn" } });
    const withdrawn = bodyCard(await renderPage(ProfessionalRecordPage()));
    expect(withdrawn).toContain("Withdrawn");
    expect(withdrawn).toContain("since 2 Mar 2026");
    expect(withdrawn).toContain("You may no longer assess for");
  });

  it("an OCR IQA whose centre verified V1 reads 'Qualified at' the centre and what is missing on their own record, not 'Not qualified'", async () => {
    const world = await createCentreWorld();
    const iqa = await createUser("Grace Iqa");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
    const v1 = await db().staffQualification.create({
      data: { userId: iqa.id, code: "V1", held: true, achievedOn: new Date("2020-01-01") },
    });
    await db().staffRecordVerification.create({
      data: { centreId: world.centreA.id, staffQualificationId: v1.id, verifiedById: world.adminA.user.id },
    });
    await signInAs(iqa.id, world.centreA.id);
    const card = bodyCard(await renderPage(ProfessionalRecordPage()));
    expect(card).toContain("Qualified at Alpha College");
    expect(card).toContain("(verified there)");
    expect(card).toContain(
      "Add the certificate for Award in Conducting Internal Quality Assurance of the Assessment Process (V1) to your record",
    );
    expect(card).not.toContain("Not qualified");
    // An IQA only: no assessor line under OCR.
    expect(card).not.toContain("Assessor:");
    expect(card).not.toContain("Your approval:");
  });

  it("the changes-of-circumstance page cites the Institute's code A10 only to someone the Institute's rules reach", async () => {
    const ocr = await createCentreWorld();
    await signInAs(ocr.assessorA.user.id, ocr.centreA.id);
    const ocrPage = await renderPage(CircumstancesPage());
    expect(ocrPage).toContain("Tell your awarding bodies about major changes");
    expect(ocrPage).not.toContain("A10");
    expect(ocrPage).not.toContain("ICS");

    const world = await createAwardingBodyWorld();
    await signInAs(world.icsAssessor.id, world.icsCentre.id);
    expect(await renderPage(CircumstancesPage())).toContain("(ICS code A10)");
  });
});
