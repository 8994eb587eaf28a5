import type { Page } from "@playwright/test";
import { nextEmailTo } from "./outbox";
import { expect, expectAccessible, signIn, test } from "./support";

// An account no other spec signs in as: its lock must not get in their way. The guesses come from
// a client of their own (the e2e server trusts one proxy), as a stranger's would.
const email = "hannah.lewis@riverside.example";
test.use({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });

async function tryPassword(page: Page, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("wrong passwords lock an email with a clear message, and the link emailed to its owner unlocks it", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/sign-in");
  const alert = page.locator("form [role=alert]");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryPassword(page, `not my password ${attempt}`);
    await expect(alert).toContainText("The email or password is not right.");
  }
  await tryPassword(page, "not my password 5");
  await expect(alert).toContainText("Too many wrong passwords for this email. Sign-in for it is locked until");
  await expect(alert).toContainText("we have sent it a link to unlock sign-in now");
  await expectAccessible(page);
  // Locked: the right password is refused too, from the stranger's client.
  await tryPassword(page, "Assay demo 2026!");
  await expect(alert).toContainText("locked until");

  // The owner, on a client of their own, is not locked out by the stranger.
  const ownersBrowser = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "192.0.2.44" } });
  const owner = await ownersBrowser.newPage();
  await signIn(owner, email);
  await ownersBrowser.close();

  const message = await nextEmailTo(email);
  expect(message.subject).toBe("Unlock sign-in to your Assay account");
  const link = message.text.match(/https?:\/\/\S+\/unlock-sign-in\/\S+/)?.[0];
  expect(link, message.text).toBeDefined();

  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Unlock sign-in" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unlock sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in is unlocked" })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, email);

  // The link works once.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
});
