import type { Page } from "@playwright/test";
import { iqaJourney } from "../../scripts/seed/sampling-data";
import { expect, expectAccessible, signIn, test } from "./support";

// Standardisation on the demo data (issue 9, handbook 5.20.1), on a phone-sized screen:
// Riverside's IQA opens an exercise on the complaints unit for himself and Hannah Lewis; each
// judges on their own (Hannah is not shown the IQA's judgement until she has recorded hers), then
// the IQA sees the judgements side by side and records the agreed one. Every page fits the
// screen without sideways scrolling and is axe clean.

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: "serial" });

const title = `Complaint call-back record ${Date.now().toString(36)}`;
let exercisePath = "";

async function fitsAndAccessible(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

test("the IQA opens an exercise and judges it; the overview lists it", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, iqaJourney.iqa);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Standardisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Standardisation" })).toBeVisible();
  await fitsAndAccessible(page);
  await page.getByRole("link", { name: "Open an exercise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open a standardisation exercise" })).toBeVisible();
  await fitsAndAccessible(page);

  // Nothing chosen: the errors sit next to their fields.
  await page.getByRole("button", { name: "Open the exercise" }).click();
  await expect(page.getByText("Give the exercise a title.")).toBeVisible();
  await expect(page.getByText("Choose at least two people to judge the evidence.")).toBeVisible();
  await expectAccessible(page);

  // The demo centre's qualification holds the complaints unit (R/506/2151).
  const qualification = page.getByLabel("Qualification");
  if ((await qualification.inputValue()) === "") await qualification.selectOption({ index: 1 });
  const unit = page.getByLabel("Unit", { exact: true });
  const complaints = await unit.locator("option", { hasText: "R/506/2151" }).getAttribute("value");
  await unit.selectOption(complaints!);
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("The evidence to judge")
    .fill("An observation record of a complaint call (names removed) with the booked call-back.");
  await page.getByRole("checkbox", { name: /Ravi Kapoor/ }).check();
  await page.getByRole("checkbox", { name: /Hannah Lewis/ }).check();
  await page.getByRole("button", { name: "Open the exercise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  exercisePath = new URL(page.url()).pathname;
  await fitsAndAccessible(page);

  // The IQA takes part: he judges first, on his own.
  const judge = page.getByRole("form", { name: "Record your judgement" });
  await judge.getByRole("checkbox").first().check();
  await judge.getByLabel("Your outcome").selectOption("NOT_YET_ACHIEVED");
  await judge.getByLabel("Your rationale").fill("Only the first criterion is shown by this record.");
  await judge.getByRole("button", { name: "Record my judgement" }).click();
  await expect(page.getByRole("table", { name: /Judgements compared criterion by criterion/ })).toBeVisible();
  await fitsAndAccessible(page);
});

test("the assessor judges without seeing the IQA's judgement, then sees them side by side; the IQA agrees one", async ({ page }) => {
  test.setTimeout(90_000);
  expect(exercisePath).not.toBe("");
  await signIn(page, iqaJourney.assessor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Standardisation" }).click();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("Awaiting your judgement")).toBeVisible();
  await fitsAndAccessible(page);
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Only the first criterion is shown by this record.")).toHaveCount(0);
  await expect(page.getByRole("table", { name: /Judgements compared/ })).toHaveCount(0);
  await fitsAndAccessible(page);

  const judge = page.getByRole("form", { name: "Record your judgement" });
  // Achieved with a criterion unticked is refused next to the outcome.
  await judge.getByRole("checkbox").first().check();
  await judge.getByLabel("Your outcome").selectOption("ACHIEVED");
  await judge.getByLabel("Your rationale").fill("The call-back shows the customer was kept informed.");
  await judge.getByRole("button", { name: "Record my judgement" }).click();
  await expect(judge.getByText(/Achieved means every criterion of the exercise is met/)).toBeVisible();
  await judge.getByLabel("Your outcome").selectOption("NOT_YET_ACHIEVED");
  await judge.getByRole("checkbox").nth(1).check();
  await judge.getByRole("button", { name: "Record my judgement" }).click();
  const table = page.getByRole("table", { name: /Judgements compared criterion by criterion, with the majority/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Ravi Kapoor" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Hannah Lewis" })).toBeVisible();
  await expect(table.getByText("Differs").first()).toBeVisible();
  await expect(page.getByText("Only the first criterion is shown by this record.")).toBeVisible();
  await fitsAndAccessible(page);

  await page.context().clearCookies();
  await signIn(page, iqaJourney.iqa);
  await page.goto(exercisePath);
  const close = page.getByRole("form", { name: "Record the agreed judgement and close" });
  await close.getByRole("checkbox").first().check();
  await close.getByLabel("Agreed outcome").selectOption("NOT_YET_ACHIEVED");
  await close.getByLabel("Agreed rationale").fill("Only the first criterion is evidenced: the call-back itself is not recorded.");
  await close.getByRole("button", { name: "Record the agreed judgement and close" }).click();
  const agreed = page.getByRole("table", { name: /Judgements compared criterion by criterion, with the agreed judgement/ });
  await expect(agreed).toBeVisible();
  await expect(agreed.getByRole("columnheader", { name: "Agreed judgement" })).toBeVisible();
  await expect(agreed.getByRole("rowheader", { name: /Agrees with the agreed judgement/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Change Hannah Lewis's risk rating" })).toBeVisible();
  await fitsAndAccessible(page);
});
