import { expect, expectAccessible, signIn, test } from "./support";

// Signing out must end the session on the server, not only drop the cookie in this browser: a
// copy of the cookie taken before (a shared computer, a stolen cookie) must stop working too.
test("a session cookie copied before signing out no longer opens a page afterwards", async ({ page, browser, baseURL }) => {
  await signIn(page, "priya.shah@northgate.example");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const elsewhere = await browser.newContext({ baseURL });
  try {
    await elsewhere.addCookies(copied);
    const copy = await elsewhere.newPage();
    await copy.goto("/staff");
    await expect(copy).toHaveURL(/\/sign-in/);
    await expect(copy.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});
