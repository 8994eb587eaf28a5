import { expect, expectAccessible, signIn, test } from "./support";
import { linkIn, messagesTo, nextEmailTo } from "./outbox";

// Journeys that go through an email: the message is read from the server's outbox, as someone
// running the demo would read it, and its link opened in a browser of its own. Each journey
// drives two browsers, so each gets more time than a one-page test.
test.describe.configure({ timeout: 60_000 });

test("an admin invites a new person, who reads the email, accepts with a name and password, and signs in", async ({ page, browser }) => {
  await signIn(page, "tom.barker@riverside.example");
  await page.goto("/staff/new");
  await page.getByLabel("Full name").fill("Yusuf Rahman");
  await page.getByLabel("Email").fill("yusuf.rahman@riverside.example");
  await page.getByLabel("Role").selectOption("IQA");
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByRole("heading", { name: "Invitation sent to yusuf.rahman@riverside.example" })).toBeFocused();
  await expectAccessible(page);

  // Not staff yet: listed under the invitations, with resend and withdraw.
  await page.getByRole("link", { name: "Back to staff" }).click();
  await expect(page.locator("[data-person-name]").filter({ hasText: "Yusuf Rahman" })).toHaveCount(0);
  const pending = page.getByRole("region", { name: "Invitations not yet accepted" });
  await expect(pending.getByRole("row", { name: /yusuf\.rahman@riverside\.example/ })).toContainText("Internal quality assurer (IQA)");
  await expect(pending.getByRole("button", { name: "Resend invitation to yusuf.rahman@riverside.example" })).toBeVisible();
  await expectAccessible(page);

  const email = await nextEmailTo("yusuf.rahman@riverside.example");
  expect(email.subject).toBe("You are invited to work at Riverside Training Ltd on Assay");
  expect(email.text).toContain("Tom Barker has invited you to join Riverside Training Ltd on Assay as Internal quality assurer (IQA).");
  const link = linkIn(email, "/invitation/");

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "Join Riverside Training Ltd" })).toBeVisible();
  await expect(invitee.getByLabel("Your full name")).toHaveValue("Yusuf Rahman");
  await expectAccessible(invitee);
  await invitee.getByLabel("New password", { exact: true }).fill("amber river compass");
  await invitee.getByLabel("Confirm new password").fill("amber river compasses");
  await invitee.getByRole("button", { name: "Accept and create account" }).click();
  await expect(invitee.getByText("The two passwords do not match.")).toBeVisible();
  await invitee.getByLabel("Confirm new password").fill("amber river compass");
  await invitee.getByRole("button", { name: "Accept and create account" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Hello, Yusuf" })).toBeVisible();
  await expect(invitee.getByText("Riverside Training Ltd · Internal quality assurer (IQA)")).toBeVisible();
  await inviteeContext.close();

  // The link works once; the person signs in with the password they chose.
  const laterContext = await browser.newContext();
  const later = await laterContext.newPage();
  await later.goto(link);
  await expect(later.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expectAccessible(later);
  await signIn(later, "yusuf.rahman@riverside.example", "amber river compass");
  await laterContext.close();

  await page.goto("/staff");
  await expect(page.getByRole("row", { name: /Yusuf Rahman/ })).toContainText("Can sign in");
  await expect(page.getByRole("region", { name: "Invitations not yet accepted" })).not.toContainText("yusuf.rahman@riverside.example");
});

test("a person who already uses Assay signs in from the invitation, comes back to it and accepts", async ({ page, browser }) => {
  await signIn(page, "tom.barker@riverside.example");
  await page.goto("/staff/new");
  await page.getByLabel("Full name").fill("Dan H");
  await page.getByLabel("Email").fill("daniel.hughes@northgate.example");
  await page.getByLabel("Role").selectOption("ASSESSOR");
  await page.getByRole("button", { name: "Add staff member" }).click();
  // The same answer as for a new address: no real name, no other centre.
  await expect(page.getByRole("heading", { name: "Invitation sent to daniel.hughes@northgate.example" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Daniel Hughes");
  await expect(page.getByRole("main")).not.toContainText("Northgate College");

  const link = linkIn(await nextEmailTo("daniel.hughes@northgate.example"), "/invitation/");
  const context = await browser.newContext();
  const daniel = await context.newPage();
  await daniel.goto(link);
  await expect(daniel.getByText("An Assay account already uses this address.")).toBeVisible();
  await expect(daniel.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expectAccessible(daniel);
  await daniel.getByRole("link", { name: "Sign in to answer the invitation" }).click();
  await daniel.getByLabel("Email").fill("daniel.hughes@northgate.example");
  await daniel.getByLabel("Password").fill("Assay demo 2026!");
  await daniel.getByRole("button", { name: "Sign in" }).click();
  await expect(daniel.getByRole("heading", { level: 1, name: "Join Riverside Training Ltd" })).toBeVisible();
  await expectAccessible(daniel);
  await daniel.getByRole("button", { name: "Accept invitation" }).click();
  await expect(daniel.getByRole("heading", { level: 1, name: "Hello, Daniel" })).toBeVisible();
  await expect(daniel.getByText("Riverside Training Ltd · Assessor")).toBeVisible();
  await context.close();
});

test("an admin resends and withdraws an invitation; a withdrawn link stops working", async ({ page, browser }) => {
  await signIn(page, "tom.barker@riverside.example");
  await page.goto("/staff");
  const pending = page.getByRole("region", { name: "Invitations not yet accepted" });
  // The demo data's invitation to Owen Davies was never emailed: resending sends it.
  const before = await messagesTo("owen.davies@riverside.example");
  await pending.getByRole("button", { name: "Resend invitation to owen.davies@riverside.example" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent again to owen.davies@riverside.example" })).toBeVisible();
  const link = linkIn(await nextEmailTo("owen.davies@riverside.example", { after: before }), "/invitation/");
  await page.getByRole("button", { name: "Dismiss notification" }).click();

  await pending.getByRole("button", { name: "Withdraw invitation to owen.davies@riverside.example" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation to owen.davies@riverside.example withdrawn" })).toBeVisible();
  await expect(pending).not.toContainText("owen.davies@riverside.example");
  await expectAccessible(page);

  const context = await browser.newContext();
  const owen = await context.newPage();
  await owen.goto(link);
  await expect(owen.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await context.close();

  await page.goto("/audit");
  const entries = page.getByRole("row").filter({ hasText: "owen.davies@riverside.example" });
  await expect(entries.filter({ hasText: "Resent an invitation" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Withdrew an invitation" })).toHaveCount(1);
});

test("forgot password: ask for a link, read the email, choose a new password and sign in with it", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Email").fill("jack.robinson@learners.example");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
  await expect(page.getByText("If an account uses that address, we have sent it a link")).toBeVisible();
  await expectAccessible(page);

  // An address with no account gets exactly the same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("no.account.here@learners.example");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText("If an account uses that address, we have sent it a link")).toBeVisible();

  const email = await nextEmailTo("jack.robinson@learners.example");
  expect(email.subject).toBe("Reset your Assay password");
  const link = linkIn(email, "/reset-password/");
  const context = await browser.newContext();
  const jack = await context.newPage();
  await jack.goto(link);
  await expect(jack.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectAccessible(jack);
  await jack.getByLabel("New password", { exact: true }).fill("password1234");
  await jack.getByLabel("Confirm new password").fill("password1234");
  await jack.getByRole("button", { name: "Save new password and sign in" }).click();
  await expect(jack.getByText(/too common/)).toBeVisible();
  await jack.getByLabel("New password", { exact: true }).fill("tidal copper lantern");
  await jack.getByLabel("Confirm new password").fill("tidal copper lantern");
  await jack.getByRole("button", { name: "Save new password and sign in" }).click();
  await expect(jack.getByRole("heading", { level: 1, name: "Hello, Jack" })).toBeVisible();
  await context.close();

  // The old password no longer works, the new one does, and the link is spent.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto("/sign-in");
  await again.getByLabel("Email").fill("jack.robinson@learners.example");
  await again.getByLabel("Password").fill("Assay demo 2026!");
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.locator("form [role=alert]")).toHaveText(/email or password is not right/);
  await signIn(again, "jack.robinson@learners.example", "tidal copper lantern");
  await again.goto(link);
  await expect(again.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await fresh.close();
});
