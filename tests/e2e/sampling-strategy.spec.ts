import { expect, expectAccessible, signIn, test } from "./support";

// The sampling strategy and assessor risk-rating screens, in the browser against the demo data.
// Both tests leave the numbers as they found them (the strategy is saved back unchanged, the
// assessor is re-rated at their current level), so other journeys' sampling plans do not move.

test("an IQA's wrong strategy number is shown next to its field; the strategy saves with a new version", async ({ page }) => {
  await signIn(page, "grace.mensah@northgate.example");
  await page.goto("/sampling/strategy");
  await expect(page.getByRole("heading", { level: 1, name: "Sampling strategy" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("link", { name: /^Change the strategy/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sampling strategy: / })).toBeVisible();
  await expectAccessible(page);

  const low = page.getByLabel("Experienced, low risk (%)");
  const original = await low.inputValue();
  await low.fill("150");
  await page.getByRole("button", { name: "Save strategy" }).click();
  await expect(page.getByText("Enter the rate for experienced, low-risk assessors as a whole number from 0 to 100.")).toBeVisible();
  await expect(low).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await low.fill(original);
  await page.getByRole("button", { name: "Save strategy" }).click();
  await expect(page.getByText("Sampling strategy saved. New sampling plans use it.")).toBeVisible();
  await expect(page.getByText(/Last changed .* by Grace Mensah \(version \d+\)/)).toBeVisible();
  await expect(low).toHaveValue(original);
  await expectAccessible(page);
});

test("an IQA records an assessor's risk rating with its reason; the history keeps the earlier ones; they cannot rate themselves", async ({
  page,
}) => {
  await signIn(page, "grace.mensah@northgate.example");
  await page.goto("/sampling/assessors");
  await expect(page.getByRole("heading", { level: 1, name: "Assessor risk ratings" })).toBeVisible();
  await expectAccessible(page);

  const daniel = page.getByRole("region", { name: /^Daniel Hughes/ });
  const heading = (await daniel.getByRole("heading", { level: 2 }).textContent()) ?? "";
  const level = heading.includes("(no rating yet)") ? "New assessor" : heading.replace(/^Daniel Hughes/, "").trim();
  await daniel.getByText("Record a new rating").click();
  await daniel.getByRole("button", { name: "Record the rating" }).click();
  await expect(daniel.getByText("Choose a risk rating.")).toBeVisible();
  await expect(daniel.getByText("Say why the assessor has this rating.")).toBeVisible();
  await expectAccessible(page);

  await daniel.getByLabel("Risk rating", { exact: true }).selectOption({ label: level });
  await daniel.getByLabel("Reason", { exact: true }).fill("Reviewed after this quarter's sampling: no change to the rating.");
  await daniel.getByRole("button", { name: "Record the rating" }).click();
  await expect(page.getByText("Risk rating recorded for Daniel Hughes.")).toBeVisible();
  await expect(daniel.getByText("Reviewed after this quarter's sampling: no change to the rating.").first()).toBeVisible();
  await daniel.getByText(/^History \(\d+ ratings?, newest first\)/).click();
  await expect(daniel.getByRole("table", { name: "Risk rating history of Daniel Hughes" })).toBeVisible();
  await expectAccessible(page);

  const grace = page.getByRole("region", { name: /^Grace Mensah/ });
  await expect(grace.getByText("You cannot rate your own assessment practice: ask another IQA to rate it.")).toBeVisible();
  await expect(grace.getByText("Record a new rating")).toHaveCount(0);
});

test.describe("on a phone-width screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the strategy and risk-rating pages fit without sideways scrolling", async ({ page }) => {
    await signIn(page, "grace.mensah@northgate.example");
    for (const path of ["/sampling/strategy", "/sampling/assessors"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
    await page.goto("/sampling/strategy");
    await page
      .getByRole("link", { name: /^Change the strategy/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /^Sampling strategy: / })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the strategy form scrolls sideways").toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
