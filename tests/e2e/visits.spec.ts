import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the admin schedules, changes and cancels a visit (far enough ahead to never be the
// next one other specs expect), reads the last visit's report, adds an action point to it and
// records that point as done (the demo's overdue point stays overdue for
// centre-operations-home.spec.ts); the external verifier reads the visits with no forms.

test.describe.configure({ mode: "serial" });

test("the head of centre schedules, changes and cancels a visit, reads the last visit's report, adds an action point and records it as done", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.goto("/visits");
  await expect(page.getByRole("heading", { level: 1, name: "External verifier visits" })).toBeVisible();
  await expectAccessible(page);
  // Schedule
  await page.getByLabel("Date of the visit").fill("2027-09-10");
  await page.getByLabel("External verifier's name").fill("Tom Reed");
  await page.getByLabel("What the visit is for").fill("Extra visit");
  await page.getByRole("button", { name: "Schedule the visit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Visit on 10 September 2027" })).toBeVisible();
  await expectAccessible(page);
  // Change it
  const change = page.getByRole("form", { name: "Change the visit" });
  await change.getByLabel("Date of the visit").fill("2027-09-14");
  await change.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Visit on 14 September 2027" })).toBeVisible();
  // Cancel with no reason, then a reason
  const cancel = page.getByRole("form", { name: "Cancel the visit" });
  await cancel.getByRole("button", { name: "Cancel the visit" }).click();
  await expect(cancel.getByText("Say why the visit is cancelled.")).toBeVisible();
  await cancel.getByLabel("Why the visit is cancelled").fill("OCR moved it");
  await cancel.getByRole("button", { name: "Cancel the visit" }).click();
  await expect(page.getByText("OCR moved it")).toBeVisible();
  // The last visit, completed, from the demo data: its report and action points.
  await page.goto("/visits");
  await page.getByTestId("past-visit").filter({ hasText: "Eleanor Price" }).first().getByRole("link").click();
  await expect(page.getByText("Continue Direct Claims Status").first()).toBeVisible();
  await expect(page.getByTestId("action-point").first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // An action point added after the report, then recorded as done (the demo's own points stay as
  // they are: the overdue one is on the head of centre's home).
  const added = "Send the revised assessment plan for unit 3 to the external verifier.";
  const add = page.getByRole("form", { name: "Add an action point or recommendation" });
  await add.getByLabel("Kind").selectOption("ACTION_POINT");
  await add.getByLabel("Owner").selectOption({ label: "Daniel Hughes" });
  await add.getByLabel("What is to be done").fill(added);
  await add.getByLabel("Due on").fill("2027-03-01");
  await add.getByRole("button", { name: "Add it" }).click();
  const open = page.getByTestId("action-point").filter({ hasText: added });
  await expect(open).toContainText("Open");
  await open.getByText(/Record point \d+ as done/).click();
  await open.getByLabel("What was done (evidence for the next visit)").fill("Sampled, records filed.");
  await open.getByRole("button", { name: "Record as done" }).click();
  await expect(page.getByText("Sampled, records filed.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/visits");
  await expectAccessible(page);
});

test("the external verifier reads the visits with no forms", async ({ page }) => {
  await signIn(page, "eleanor.price@verifiers.example");
  await page.goto("/visits");
  await expect(page.getByRole("heading", { level: 1, name: "External verifier visits" })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByTestId("past-visit").filter({ hasText: "Eleanor Price" }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Visit on");
  await expect(page.locator("main form")).toHaveCount(0);
  await expectAccessible(page);
});
