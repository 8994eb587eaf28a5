import { expect, expectAccessible, signIn, test } from "./support";

test("a centre admin adds a staff member, sees a bad email rejected next to the field, then changes and deactivates the role", async ({ page }) => {
  await signIn(page, "priya.shah@northgate.example");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Daniel Hughes/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a staff member" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a staff member" })).toBeVisible();
  await page.getByLabel("Full name").fill("Zara Ahmed");
  await page.getByLabel("Email").fill("zara.ahmed@northgate");
  await page.getByLabel("Role").selectOption("ASSESSOR");
  await page.getByRole("button", { name: "Add staff member" }).click();

  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const errorId = (await email.getAttribute("aria-describedby"))!.split(" ").find((id) => id.includes("error"));
  await expect(page.locator(`[id="${errorId}"]`)).toContainText("Enter an email address in the right format");
  await expect(page.getByLabel("Full name")).toHaveValue("Zara Ahmed");
  await expectAccessible(page);

  await email.fill("zara.ahmed@northgate.example");
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByRole("heading", { name: "Zara Ahmed was added" })).toBeVisible();
  await expect(page.getByTestId("invitation-link")).toContainText("/invitation/");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to staff" }).click();
  const row = page.getByRole("row", { name: /Zara Ahmed/ });
  await expect(row).toContainText("Assessor");
  await expect(row).toContainText("Invited");

  await row.getByRole("link", { name: "Zara Ahmed, Assessor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zara Ahmed" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Role", { exact: true }).selectOption("IQA");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  await expect(page.locator("dd").first()).toHaveText("Internal quality assurer (IQA)");

  await page.getByRole("button", { name: "Deactivate…" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Zara Ahmed?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("row")).toHaveCount(4); // header, added, role changed, deactivated
  await expect(history.getByRole("row").nth(1)).toContainText("Deactivated a membership");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByText(/Intact/).first()).toBeVisible();
  // Other tests add people too: look for this person's rows.
  const entries = page.getByRole("row").filter({ hasText: "zara.ahmed@northgate.example" });
  await expect(entries.filter({ hasText: "Deactivated a membership" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Added a staff member" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Changed a role" })).toContainText("role: Assessor → Internal quality assurer (IQA)");
  await expectAccessible(page);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Email").fill("tom.barker@riverside.example");
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(/email or password is not right/);

  // Text in the address bar is never shown as an error message.
  await page.goto("/sign-in?error=Your%20account%20is%20suspended.%20Call%200800%20000%20000");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("form [role=alert]")).toHaveCount(0);
});

test("an invited person sets a password from their link and is signed in", async ({ page, browser }) => {
  await signIn(page, "tom.barker@riverside.example");
  await page.goto("/staff/new");
  await page.getByLabel("Full name").fill("Yusuf Rahman");
  await page.getByLabel("Email").fill("yusuf.rahman@riverside.example");
  await page.getByLabel("Role").selectOption("IQA");
  await page.getByRole("button", { name: "Add staff member" }).click();
  const link = (await page.getByTestId("invitation-link").innerText()).trim();
  expect(link).toMatch(/\/invitation\/[\w-]+$/);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("New password", { exact: true }).fill("amber river compass");
  await invitee.getByLabel("Confirm new password").fill("amber river compasses");
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(invitee.getByLabel("Confirm new password")).toHaveAttribute("aria-invalid", "true");
  await expect(invitee.getByText("The two passwords do not match.")).toBeVisible();
  await invitee.getByLabel("Confirm new password").fill("amber river compass");
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Hello, Yusuf" })).toBeVisible();
  await expect(invitee.getByText("Riverside Training Ltd · Internal quality assurer (IQA)")).toBeVisible();
  await inviteeContext.close();

  // The link works once.
  const laterContext = await browser.newContext();
  const again = await laterContext.newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expectAccessible(again);
  await laterContext.close();
});
