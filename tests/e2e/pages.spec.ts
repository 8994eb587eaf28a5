import { icsStaff, naaceAssessors, naaceStaff, ocrCpdStories } from "../../scripts/seed/professional-record-data";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./support";

test("the qualification shows all 45 units of the OCR Level 3 Diploma in Customer Service", async ({ page }) => {
  await signIn(page, "grace.mensah@northgate.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Qualifications" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "OCR Level 3 Diploma in Customer Service" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "OCR Level 3 Diploma in Customer Service" })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(45);
  await expect(page.getByRole("cell", { name: "L/506/2150" })).toBeVisible();
  await expectAccessible(page);
});

test("awarding-body staff see the centres their body approved", async ({ page }) => {
  await signIn(page, "helen.marsh@ocr.example");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Centres" }).click();
  await expect(page.getByRole("row", { name: /Northgate College/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Riverside Training Ltd/ })).toBeVisible();
  await expectAccessible(page);
});

test("a person changes their password from their account page; a wrong current password is shown next to its field", async ({ page }) => {
  await signIn(page, "eleanor.price@verifiers.example");
  await expect(page.getByText(/Your external verifier access to Northgate College ends at the end of/)).toBeVisible();
  await page.getByRole("link", { name: "Your account: Eleanor Price" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText(/Northgate College \(centre 61234\): External verifier/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password", { exact: true }).fill("silver fox meadow");
  await page.getByLabel("Confirm new password").fill("silver fox meadow");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue("silver fox meadow");
  await expectAccessible(page);
});

test.describe("on a phone-width screen", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("pages fit the screen without sideways scrolling", async ({ page }) => {
    // Nine pages, each checked by axe: over 30 s when the whole suite runs on two workers.
    test.setTimeout(90_000);
    await signIn(page, "priya.shah@northgate.example");
    // The sampling hub's table has text for screen readers far to the right of its scroll box.
    for (const path of [
      "/",
      "/staff",
      "/staff/new",
      "/audit",
      "/qualifications",
      "/account",
      "/sampling",
      "/iqa-feedback",
      "/standardisation",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
  });

  test("an unknown page shows the not-found page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectAccessible(page);
  });
});

// Issue 8's pages at 390 px: no sideways scrolling and axe clean, for each kind of person who uses them.
test.describe("the professional record and awarding-body pages on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function fitsTheScreen(page: Page, path?: string) {
    if (path) await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }

  test("the Institute's staff: dashboard, register, an assessor, a supporting review, changes, policy, audit", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, icsStaff.email);
    for (const path of [
      "/",
      "/assessors",
      "/assessors?cpd=nonCompliant",
      "/assessors?overdue=1",
      "/assessors/changes",
      "/policy",
      "/audit",
    ]) {
      await fitsTheScreen(page, path);
    }
    await page.goto("/assessors?breaches=1");
    await page.getByRole("link", { name: "Owen Pritchard", exact: true }).click();
    await fitsTheScreen(page);
    await page.getByRole("link", { name: /^open supporting review/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Supporting review: Owen Pritchard" })).toBeVisible();
    await fitsTheScreen(page);
  });

  test("Naace's staff: dashboard, register, schools and a school due for renewal", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, naaceStaff.email);
    for (const path of ["/", "/assessors", "/policy", "/schools", "/schools?ictMark=renewalDue"]) await fitsTheScreen(page, path);
    await page.getByRole("link", { name: "Hillside Primary School" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hillside Primary School" })).toBeVisible();
    await fitsTheScreen(page);
  });

  test("an assessor's own record: overview, CPD, conflicts, changes of circumstance, sample signature, QA requests", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, ocrCpdStories.atRisk);
    for (const section of ["", "/cpd", "/conflicts", "/circumstances", "/signature", "/qa-requests"]) {
      await fitsTheScreen(page, `/professional-record${section}`);
    }
  });

  test("a Naace assessor with no centre: home and record", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, naaceAssessors.accredited.email);
    for (const path of ["/", "/professional-record", "/professional-record/cpd", "/professional-record/conflicts"])
      await fitsTheScreen(page, path);
  });

  test("the published list of registered ICT Mark assessors, without signing in", async ({ page }) => {
    await page.goto("/registered-assessors");
    const list = page.getByRole("table", { name: "Naace: registered assessors" });
    await expect(list.getByRole("rowheader")).toHaveText([
      naaceAssessors.accredited.name,
      naaceAssessors.developmentRequired.name,
      naaceAssessors.registered.name,
    ]);
    await expect(list).not.toContainText(naaceAssessors.notAccredited.name);
    await fitsTheScreen(page);
  });

  test("a centre admin: the conflict register and a new team member's page", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, "priya.shah@northgate.example");
    await fitsTheScreen(page, "/conflicts");
    await page.goto("/staff");
    await page.getByRole("link", { name: /^Aisha Rahman, / }).click();
    await fitsTheScreen(page);
  });
});

// Issue 10's centre-operations pages at 390 px: no sideways scrolling and axe clean, with the demo
// data (scripts/seed/centre-operations-stories.ts) on each, for the admin and the external verifier.
test.describe("the centre-operations pages on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function fitsTheScreen(page: Page, path?: string) {
    if (path) await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
  const hrefOf = async (page: Page, selector: string) => {
    const href = await page.locator(selector).first().getAttribute("href");
    expect(href, selector).toBeTruthy();
    return href!;
  };
  const candidatePage = async (page: Page, name: string) => {
    await page.goto("/candidates");
    return hrefOf(page, `a:text-is("${name}")`);
  };

  test("the head of centre: claims and a batch, direct claims, visits, a visit and its pack, EV access", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "priya.shah@northgate.example");
    for (const path of ["/", "/claims", "/direct-claims", "/visits", "/ev-access"]) await fitsTheScreen(page, path);
    await page.goto("/claims");
    await fitsTheScreen(page, await hrefOf(page, 'main a[href^="/claims/"]'));
    await page.goto("/visits");
    const visit = await hrefOf(page, 'main a[href^="/visits/"]');
    await fitsTheScreen(page, visit);
    await fitsTheScreen(page, `${visit}/pack`);
  });

  test("the head of centre: candidate imports and one import, qualification import, prior learning and arrangements", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "priya.shah@northgate.example");
    await fitsTheScreen(page, "/candidates/import");
    await page.getByRole("link", { name: "northgate-september-intake.csv" }).click();
    await fitsTheScreen(page);
    await fitsTheScreen(page, "/qualifications/import");
    const chloe = await candidatePage(page, "Chloe Turner");
    await fitsTheScreen(page, `${chloe}/prior-learning`);
    const jessica = await candidatePage(page, "Jessica Wood");
    await fitsTheScreen(page, `${jessica}/arrangements`);
  });

  test("the external verifier: their access and a granted candidate, the visits", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, "eleanor.price@verifiers.example");
    await fitsTheScreen(page, "/ev-access");
    await page.getByRole("link", { name: "Lucy Brennan" }).first().click();
    await fitsTheScreen(page);
    await fitsTheScreen(page, "/visits");
  });
});
