import { iqaDraftPlan, iqaJourney } from "../../scripts/seed/sampling-data";
import { expect, expectAccessible, signIn, test } from "./support";

// The IQA home on the demo data (issue 9): the disagree-rate chart is drawn in the browser beside
// a table of the same numbers, without any Content-Security-Policy violation (the support
// fixture fails the test on one), reachable from the keyboard, axe clean, and fitting a phone.
// Read-only: other specs may sample Riverside's items meanwhile, so counts are not pinned here.

test("the IQA's home shows what awaits sampling, the plan's progress per assessor and the disagree-rate chart with its table", async ({
  page,
}) => {
  await signIn(page, iqaJourney.iqa);
  await expect(page.getByRole("heading", { level: 2, name: "Decisions awaiting your sampling" })).toBeVisible();
  const awaiting = page.getByRole("region", { name: "Decisions awaiting your sampling" });
  // The IQA journey (run beside this spec with two workers) samples the seeded items, so ask for
  // any waiting item of the seeded plan rather than one by name; Aisha Begum's interim one stays.
  await expect(awaiting.locator('a[href*="/sampling/plans/"][href*="/items/"]').first()).toBeVisible();
  const progress = page.getByRole("region", { name: "Progress against your sampling plans" });
  await expect(progress.getByRole("rowheader", { name: "Hannah Lewis" }).first()).toBeVisible();

  const chart = page.getByRole("figure", { name: "Disagree rate per quarter" });
  await expect(chart).toBeVisible();
  // Drawn by recharts once the page is in the browser: the SVG, one line per assessor.
  const drawing = chart.locator("svg.recharts-surface");
  await expect(drawing).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(await chart.getByRole("table").locator("tbody tr").count());
  const table = chart.getByRole("table", { name: "Disagree rate per quarter: the numbers" });
  await expect(table.getByRole("rowheader", { name: "Hannah Lewis" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Sam Okafor" })).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  await expect(table.getByRole("cell", { name: /^\d+(\.\d)?% \(\d+ of \d+\)$/ }).first()).toBeVisible();
  await expect(
    chart.getByRole("paragraph").filter({ hasText: /^Disagree rate per quarter, \d{4} Q\d to \d{4} Q\d \(\d assessors\)\./ }),
  ).toBeVisible();

  // Keyboard: the chart is a tab stop, and the arrow keys walk its quarters in the tooltip.
  await drawing.focus();
  await page.keyboard.press("ArrowRight");
  await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText("Hannah Lewis: ");

  await expect(page.getByRole("region", { name: "Overdue actions" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Standardisation" })).toBeVisible();
  await expectAccessible(page);
});

test("an IQA whose plan is a draft is asked to record it", async ({ page }) => {
  await signIn(page, iqaDraftPlan.iqa);
  const awaiting = page.getByRole("region", { name: "Decisions awaiting your sampling" });
  await expect(awaiting.getByRole("link", { name: /^Record your sampling plan for / })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Disagree rate per quarter" }).locator("svg.recharts-surface")).toBeVisible();
  await expectAccessible(page);
});

test("an assessor sees what came from their IQA on their home page", async ({ page }) => {
  await signIn(page, iqaJourney.assessor);
  const fromIqa = page.getByRole("region", { name: "From your IQA" });
  await expect(fromIqa).toBeVisible();
  await expect(fromIqa.getByRole("link", { name: "Open your IQA feedback" })).toHaveAttribute("href", "/iqa-feedback");
  await expect(page.getByRole("heading", { level: 2, name: "Your caseload" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("on a phone-width screen", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the IQA home with its chart fits the screen without sideways scrolling", async ({ page }) => {
    await signIn(page, iqaJourney.iqa);
    await expect(page.getByRole("figure", { name: "Disagree rate per quarter" }).locator("svg.recharts-surface")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the home page scrolls sideways").toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
