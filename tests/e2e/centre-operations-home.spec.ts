import { centreOperations } from "../../scripts/seed/centre-operations-stories";
import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the centre admin's home from the demo data. Other specs prepare packs, grant access and
// import candidates meanwhile, so nothing here pins what they change (the pack's state, counts of
// candidates); every number checked is one no spec changes.

test("the head of centre's home: claims ready, the DCS warning, the visit coming, an overdue action point, no ULN, appeals and malpractice; each links to where it is dealt with", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "priya.shah@northgate.example");
  const now = page.getByRole("region", { name: "Your centre now" });
  await expect(now.getByRole("link", { name: /active candidates? (has|have) no ULN/ })).toHaveAttribute(
    "href",
    "/candidates?status=ACTIVE&needs=no-uln",
  );
  await expect(now.getByRole("link", { name: /active candidates? (has|have) no assessor allocated/ })).toHaveAttribute(
    "href",
    "/candidates?status=ACTIVE&needs=no-assessor",
  );
  await expect(now.getByRole("link", { name: /a decision awaiting a qualified assessor's countersignature$/ })).toHaveAttribute(
    "href",
    "/candidates?needs=awaiting-countersignature",
  );
  await expect(now.getByRole("link", { name: "1 malpractice case under investigation" })).toHaveAttribute("href", "/malpractice");

  const claims = page.getByRole("region", { name: "Certificate claims" });
  await expect(claims.getByRole("link", { name: /(candidates have|candidate has) a certificate ready to claim$/ })).toHaveAttribute(
    "href",
    "/claims",
  );
  const dcs = claims.getByRole("link", { name: /Arrange a final verification visit before the qualification's end date/ });
  await expect(dcs).toHaveAttribute("href", "/direct-claims");

  const visits = page.getByRole("region", { name: "External verifier visits coming" });
  await expect(visits.getByRole("link", { name: /Eleanor Price/ })).toHaveAttribute("href", /^\/visits\/[0-9a-f-]{36}$/);
  await expect(visits.getByRole("link", { name: /for the visit on/ })).toHaveAttribute("href", /^\/visits\/[0-9a-f-]{36}\/pack$/);

  const overdue = page.getByRole("region", { name: "Visit action points overdue" });
  await expect(overdue.getByRole("listitem")).toHaveCount(1);
  await expect(overdue).toContainText("21 days overdue");
  await expect(overdue).toContainText("owner Grace Mensah");
  await expectAccessible(page);

  await overdue.getByRole("link", { name: centreOperations.overdueActionPoint }).click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
  await expect(page.getByText(centreOperations.overdueActionPoint)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/");
  await page
    .getByRole("region", { name: "Certificate claims" })
    .getByRole("link", { name: /ready to claim$/ })
    .click();
  await expect(page).toHaveURL(/\/claims$/);
  await expectAccessible(page);
});

test("an assessor and IQA sees none of the centre admin's cards and no malpractice count", async ({ page }) => {
  await signIn(page, "grace.mensah@northgate.example");
  await expect(page.getByRole("region", { name: "Certificate claims" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "External verifier visits coming" })).toHaveCount(0);
  await expect(page.getByText(/malpractice case/)).toHaveCount(0);
});
