import { expect, test } from "./support";

test("a centre admin can sign in and add a staff member with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  // The first Tab reaches the skip link, which moves focus past the page header.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("priya.shah@northgate.example");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type("Assay demo 2026!");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Priya" })).toBeVisible();

  await page.goto("/staff/new");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // the skip link
  await expect(page.locator("#main")).toBeInViewport();
  await page.getByLabel("Full name").focus();
  await page.keyboard.type("Kofi Boateng");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("kofi.boateng@northgate.example");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Role")).toBeFocused();
  await page.keyboard.press("ArrowDown"); // first real option: Centre admin
  await page.keyboard.press("ArrowDown"); // Assessor
  await expect(page.getByLabel("Role")).toHaveValue("ASSESSOR");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add staff member" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Invitation sent to kofi.boateng@northgate.example" })).toBeFocused();
});

test("the deactivate dialog keeps focus inside, closes with Escape and returns focus", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("tom.barker@riverside.example");
  await page.getByLabel("Password").fill("Assay demo 2026!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hello/ })).toBeVisible();
  await page.goto("/staff");
  await page.getByRole("link", { name: "Hannah Lewis, Assessor" }).click();
  const open = page.getByRole("button", { name: "Deactivate…" });
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Deactivate Hannah Lewis?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
