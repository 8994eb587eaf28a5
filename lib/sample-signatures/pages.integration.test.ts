import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { notifyCircumstanceChange } from "@/lib/circumstances/notify-circumstance-change";
import { recordSampleSignature } from "./record-sample-signature";

// The signature and change-of-circumstance pages rendered from the real database: what each
// person sees, drawings as inline SVG paths (the CSP allows no data URLs), and who sees nothing.

const { default: SignaturePage } = await import("@/app/(app)/professional-record/signature/page");
const { default: SignatureListPage } = await import("@/app/(app)/staff/signatures/page");
const { default: CircumstancesPage } = await import("@/app/(app)/professional-record/circumstances/page");
const { default: NotifiedChangesPage } = await import("@/app/(app)/assessors/changes/page");

const db = () => getPrisma();

describe("sample signature pages", () => {
  it("shows the person's current drawn signature as an inline SVG path and the centre's list with who has none", async () => {
    const world = await createCentreWorld();
    const strokes = [
      [
        [10, 100],
        [50, 60],
        [90, 120],
      ],
    ];
    await runAction(recordSampleSignature, world.actor(world.assessorA.user.id, world.centreA.id), {
      method: "DRAWN",
      strokes,
      signedOn: "2026-03-01",
    });
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const own = await renderPage(SignaturePage());
    expect(own).toContain('d="M10 100L50 60L90 120"');
    expect(own).toContain("signed on 1 Mar 2026");
    expect(own).not.toContain("data:");
    expect(own).not.toContain("<img");
    // The canvas is labelled and described; typing is offered.
    expect(own).toContain('aria-label="Signature drawing box"');
    expect(own).toContain("Type my name");

    await signInAs(world.adminA.user.id, world.centreA.id);
    const list = await renderPage(SignatureListPage());
    expect(list).toContain("Alan Assessor");
    expect(list).toContain('aria-label="Alan Assessor&#x27;s signature, drawn"');
    expect(list).toContain("1 of 2 has none yet.");
    expect(list).not.toContain("Ben Assessor");
    expect(list).not.toContain("Ada Admin");

    // An assessor has no staff.view: the list is not found.
    await signInAs(world.assessorA.user.id, world.centreA.id);
    await expect(renderPage(SignatureListPage())).rejects.toThrow();
  });
});

describe("change of circumstance pages", () => {
  it("the person sees their history per body; the body's staff see it to acknowledge; another body's staff do not", async () => {
    const world = await createAwardingBodyWorld();
    await runAction(notifyCircumstanceChange, world.centreActor(world.icsAssessor.id, world.icsCentre.id), {
      kind: "CEASING_TO_ASSESS",
      details: "Retiring from assessing at the end of term.",
      effectiveOn: "2026-07-31",
    });
    await signInAs(world.icsAssessor.id, world.icsCentre.id);
    const own = await renderPage(CircumstancesPage());
    expect(own).toContain("Retiring from assessing at the end of term.");
    expect(own).toContain("Not yet acknowledged");
    expect(own).toContain(world.ics.name);

    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const body = await renderPage(NotifiedChangesPage());
    expect(body).toContain("Retiring from assessing at the end of term.");
    expect(body).toContain(`href="/assessors/${world.icsAssessor.id}/approval"`);
    expect(body).toContain("Acknowledge");
    expect(body).toContain("2 waiting for acknowledgement");

    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const other = await renderPage(NotifiedChangesPage());
    expect(other).not.toContain("Retiring from assessing");
    expect(other).toContain("No assessor has notified a change yet.");
    expect(await db().circumstanceChange.count({ where: { awardingBodyId: world.naace.id } })).toBe(0);
  });
});
