import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { createClaimBatch } from "./create-claim-batch";
import { claimItemValue } from "./schemas";

// The claims pages rendered from the real database: what is ready, why the rest is not, the batch.

const { default: ClaimsPage } = await import("@/app/(app)/claims/page");
const { default: ClaimBatchPage } = await import("@/app/(app)/claims/[batchId]/page");

const db = () => getPrisma();
const notFoundPage = { digest: expect.stringContaining("404") };

async function world() {
  const base = await createAssessmentWorld();
  const a = base.centreA.id;
  const ready = await db().candidate.create({
    data: {
      centreId: a,
      name: "Rita Ready",
      email: `rita.${a.slice(0, 8)}@test.example`,
      dateOfBirth: new Date("2001-02-03"),
      uln: null,
      publiclyFunded: true,
      qualificationId: base.qualification.id,
      entryType: "UNITS",
      entryUnitIds: [base.unitA.id],
      startDate: new Date("2026-01-05"),
    },
  });
  await db().unitDecision.create({
    data: {
      centreId: a,
      candidateId: ready.id,
      unitId: base.unitA.id,
      decisionType: "SUMMATIVE",
      outcome: "ACHIEVED",
      status: "SIGNED_OFF",
      rationale: "All met",
      decidedOn: new Date("2026-06-01"),
      assessorUserId: base.assessorA.user.id,
    },
  });
  return { ...base, ready };
}

describe("claims pages", () => {
  it("the admin sees what is ready with its ULN warning, why the rest is not, and a batch", async () => {
    const w = await world();
    await signInAs(w.adminA.user.id, w.centreA.id);
    const page = await renderPage(ClaimsPage());
    expect(page).toContain("Certificate claims");
    expect(page).toContain("Rita Ready: Test Diploma in Customer Service (unit entry)");
    expect(page).toContain(`Unit ${w.unitA.urn} Resolve complaints (4 credits)`);
    expect(page).toContain("Warning: This candidate is publicly funded, so they must have a valid ULN before certification is claimed.");
    expect(page).toContain("Only a formative decision has been recorded: the unit has not been signed off.");
    expect(page).toContain("No batch has been put together yet.");

    const created = await runAction(createClaimBatch, w.actor(w.adminA.user.id, w.centreA.id), {
      items: [claimItemValue(w.ready.id, "unit", w.unitA.id)],
    });
    const batchId = created.ok ? created.data.batchId : "";
    const after = await renderPage(ClaimsPage());
    expect(after).toContain(`href="/claims/${batchId}"`);
    expect(after).toContain("In draft batch CLM-");
    const batch = await renderPage(ClaimBatchPage({ params: Promise.resolve({ batchId }) }));
    expect(batch).toContain(`href="/claims/${batchId}/file"`);
    expect(batch).toContain("Mark the batch claimed");
    expect(batch).toContain("Take out");
    expect(batch).toContain("ULN not recorded");

    await signInAs(w.adminB.user.id, w.centreB.id);
    await expect(renderPage(ClaimBatchPage({ params: Promise.resolve({ batchId }) }))).rejects.toMatchObject(notFoundPage);
    await signInAs(w.assessorA.user.id, w.centreA.id);
    await expect(renderPage(ClaimsPage())).rejects.toMatchObject(notFoundPage);
  });
});
