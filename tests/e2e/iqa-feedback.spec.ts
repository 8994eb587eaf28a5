import { expect, expectAccessible, signIn, test } from "./support";

// RD07 feedback to the assessor on the demo data (issue 9): Northgate's IQA gives Daniel Hughes
// feedback with an action; Daniel reads it, acknowledges it with his response and completes the
// action. Axe clean at every step, and the list fits a phone.

const iqa = "grace.mensah@northgate.example";
const assessor = "daniel.hughes@northgate.example";

function isoDayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("an IQA gives RD07 feedback with an action; the assessor responds and completes the action", async ({ page }) => {
  // Two people, six pages and axe on each: 12 s in CI, but it once passed 30 s on a busy machine.
  test.setTimeout(60_000);
  const stamp = Date.now().toString(36);
  const feedbackText = `Your observation records name the criteria; add the candidate's own words (${stamp}).`;
  const actionText = `Add the candidate's words to your last two observation records (${stamp})`;

  await signIn(page, iqa);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "IQA feedback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IQA feedback" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Give feedback to an assessor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Give feedback to an assessor" })).toBeVisible();
  await expectAccessible(page);

  // Saving with nothing filled in puts each message next to its field.
  await page.getByRole("button", { name: "Save feedback" }).click();
  await expect(page.getByLabel("Assessor", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Write your feedback on the assessor's practice.")).toBeVisible();

  await page.getByLabel("Assessor", { exact: true }).selectOption({ label: "Daniel Hughes" });
  await page.getByLabel("Feedback on practice").fill(feedbackText);
  // Actions are added from the keyboard; focus goes to the new action's description.
  await page.getByRole("button", { name: "Add an action" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Action 1", { exact: true })).toBeFocused();
  await page.keyboard.type(actionText);
  await page.getByLabel("Due date of action 1").fill(isoDayFromNow(14));
  await page.getByRole("button", { name: "Add an action" }).click();
  await expect(page.getByLabel("Action 2", { exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Remove action 2" }).click();
  await expect(page.getByLabel("Action 2", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save feedback" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Feedback to the assessor (RD07)" })).toBeVisible();
  await expect(page.getByText(feedbackText)).toBeVisible();
  await expect(page.getByText("Not yet acknowledged")).toBeVisible();
  await expectAccessible(page);
  const feedbackUrl = page.url();

  // The assessor, in the same browser after the IQA signed out.
  await page.context().clearCookies();
  await signIn(page, assessor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "IQA feedback" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Feedback from your IQA" })).toBeVisible();
  await expect(page.getByText(actionText, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto(feedbackUrl);
  await expect(page.getByText(feedbackText)).toBeVisible();
  await page.getByLabel("Your response").fill("Agreed: I will record the candidate's words from now on.");
  await page.getByRole("button", { name: "Acknowledge and send response" }).click();
  await expect(page.getByText(/^Acknowledged and responded /)).toBeVisible();
  await expect(page.getByLabel("Your response")).toHaveCount(0);
  await expectAccessible(page);

  await page.locator("summary", { hasText: "Mark as done" }).click();
  await page.getByLabel("What you did").fill("Added the candidate's words to both records.");
  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("Added the candidate's words to both records.")).toBeVisible();
  await expect(page.getByText("0 open, 1 done.")).toBeVisible();
  await expectAccessible(page);
});

test.describe("on a phone-width screen", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the IQA feedback pages fit the screen without sideways scrolling", async ({ page }) => {
    for (const [email, paths] of [
      [iqa, ["/iqa-feedback", "/iqa-feedback/new"]],
      [assessor, ["/iqa-feedback"]],
      ["priya.shah@northgate.example", ["/iqa-feedback"]],
    ] as const) {
      await signIn(page, email);
      for (const path of paths) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways for ${email}`).toBeLessThanOrEqual(0);
        await expectAccessible(page);
      }
      await page.context().clearCookies();
    }
  });
});
