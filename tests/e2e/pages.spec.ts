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
