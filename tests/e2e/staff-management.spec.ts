import { linkIn, nextEmailTo } from "./outbox";
import { expect, expectAccessible, signIn, test } from "./support";

test("a centre admin invites a staff member, sees a bad email rejected next to the field; once they accept, changes and deactivates the role", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000); // two browsers: the admin's and the invited person's
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
  await expect(page.getByRole("heading", { name: "Invitation sent to zara.ahmed@northgate.example" })).toBeVisible();
  await expect(page.getByText("/invitation/")).toHaveCount(0); // the link goes to Zara only, never to the admin
  await expectAccessible(page);

  // Zara accepts from her email, in her own browser.
  const zaraContext = await browser.newContext();
  const zara = await zaraContext.newPage();
  await zara.goto(linkIn(await nextEmailTo("zara.ahmed@northgate.example"), "/invitation/"));
  await zara.getByLabel("New password", { exact: true }).fill("saffron pebble window");
  await zara.getByLabel("Confirm new password").fill("saffron pebble window");
  await zara.getByRole("button", { name: "Accept and create account" }).click();
  await expect(zara.getByRole("heading", { level: 1, name: "Hello, Zara" })).toBeVisible();
  await zaraContext.close();

  await page.getByRole("link", { name: "Back to staff" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const row = page.getByRole("row", { name: /Zara Ahmed/ }).filter({ has: page.locator("[data-person-name]") });
  await expect(row).toContainText("Assessor");
  await expect(row).toContainText("Can sign in");

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
  await expect(history.getByRole("row")).toHaveCount(4); // header, accepted, role changed, deactivated
  await expect(history.getByRole("row").nth(1)).toContainText("Deactivated a membership");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByText(/Intact/).first()).toBeVisible();
  // Other tests add people too: look for this person's rows.
  const entries = page.getByRole("row").filter({ hasText: "zara.ahmed@northgate.example" });
  await expect(entries.filter({ hasText: "Deactivated a membership" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Invited a staff member" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Accepted an invitation and created an account" })).toHaveCount(1);
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
