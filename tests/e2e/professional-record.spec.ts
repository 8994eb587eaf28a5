import { icsStaff, newTeamMember, ocrCpdStories } from "../../scripts/seed/professional-record-data";
import { expect, expectAccessible, signIn, test } from "./support";

// Issue 8 end to end, on the demo data (scripts/seed/awarding-body-stories.ts and
// professional-record-stories.ts). Each test changes only what no other spec reads: Sam Okafor's
// Institute approval (a breach), Daniel Hughes's CPD log (a new entry), nothing for the admin.

test("Institute staff follow the CPD non-compliant count to an assessor and open a supporting review by recording a breach", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, icsStaff.email);
  await expectAccessible(page);
  // Owen Pritchard (already in a supporting review) and Sam Okafor (no Assessor Forum) are non-compliant.
  await page
    .getByRole("region", { name: "Needs your attention" })
    .getByRole("link", { name: /^2: CPD non-compliant$/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Assessor register" })).toBeVisible();
  await expect(page).toHaveURL(/\/assessors\?cpd=nonCompliant$/);
  const register = page.getByRole("table", { name: "Assessors with CPD non-compliant" });
  await expect(register.getByRole("row")).toHaveCount(3);
  await expect(register.getByRole("row", { name: /Owen Pritchard/ })).toContainText("Supporting review");
  await expectAccessible(page);

  await register.getByRole("link", { name: "Sam Okafor", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compliance review: Sam Okafor" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Full accreditation");
  await expect(page.getByRole("main")).toContainText("Non-compliant");
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Record a breach" });
  await form.getByRole("button", { name: "Record the breach" }).click();
  await expect(form.getByLabel("What happened")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  const breach = "Did not attend the Institute Assessor Forum for a second year and did not reply to the reminder (A3).";
  await form.getByLabel("What happened").fill(breach);
  await form.getByRole("button", { name: "Record the breach" }).click();

  await expect(page).toHaveURL(/\/assessors\/[0-9a-f-]{36}\/reviews\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Supporting review: Sam Okafor" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(breach);
  await expectAccessible(page);
});

test("an assessor whose CPD is at risk logs occupational CPD and sees their status turn compliant", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, ocrCpdStories.atRisk);
  await page.goto("/professional-record/cpd");
  await expect(page.getByRole("heading", { level: 1, name: "Your CPD" })).toBeVisible();
  const ocr = page.getByRole("region", { name: "OCR" });
  await expect(ocr.getByText("At risk", { exact: true })).toBeVisible();
  await expect(ocr).toContainText("CPD on occupational (sector) knowledge and skills");
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Log CPD" });
  const today = new Date().toISOString().slice(0, 10);
  await form.getByLabel("Date").fill(today);
  await form.getByLabel("Hours").fill("2.5");
  await form.getByLabel("What it was about").selectOption({ label: "Occupational knowledge" });
  await form
    .getByLabel("What you did and learnt")
    .fill("Shadowed the utilities complaints desk for an afternoon: the new escalation rules.");
  await form.getByRole("button", { name: "Log CPD" }).click();

  await expect(ocr.getByText("Compliant", { exact: true })).toBeVisible();
  await expect(ocr.getByText("At risk", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText("Shadowed the utilities complaints desk");
  await expectAccessible(page);
});

test("a centre admin sees a new team member flagged for the next external verifier visit", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
  const summary = page.getByRole("region", { name: "For the next external verifier visit" });
  // Other specs may add someone to Northgate's team meanwhile (staff-management.spec.ts), so the
  // count is not pinned: Aisha is flagged and the people who were there for the visit are not.
  await expect(summary).toContainText(/\d+ new team members? since the visit on/);
  await expect(summary).toContainText("Next visit planned for");
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByText(name, { exact: true }) });
  const flagged = row(newTeamMember.name);
  await expect(flagged).toContainText("New since the last visit");
  for (const name of ["Grace Mensah", "Daniel Hughes", "Sam Okafor"]) await expect(row(name)).not.toContainText("New since the last visit");
  await expect(row("Grace Mensah")).toContainText("Certificate missing: V1");
  await expectAccessible(page);

  await flagged.getByRole("link", { name: new RegExp(`^${newTeamMember.name}, `) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(newTeamMember.name);
  await expect(page.getByRole("main")).toContainText("New since the last visit");
  await expectAccessible(page);
});
