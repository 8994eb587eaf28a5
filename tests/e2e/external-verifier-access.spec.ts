import { centreOperations } from "../../scripts/seed/centre-operations-stories";
import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the admin grants the external verifier read-only access to chosen candidates; the
// verifier, signed in, sees exactly those (the demo's grant to three, plus the one granted here) and
// no other candidate of the centre; what they opened is in the admin's log. No other spec grants
// Eleanor Price anything or counts her candidates.

const isoDaysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the admin grants Eleanor Price access to Mohammed Ali; signed in, she sees exactly her chosen candidates and the admin sees what she opened", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two browsers: the admin's and the verifier's
  await signIn(page, "priya.shah@northgate.example");
  // An unchosen candidate's page, to try as the verifier.
  await page.goto("/candidates");
  const unchosen = await page.getByRole("link", { name: "Jessica Wood", exact: true }).getAttribute("href");
  expect(unchosen).toMatch(/^\/candidates\/[0-9a-f-]{36}$/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "EV access" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "External verifier access" })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Grant access" });
  // Nothing chosen: refused next to the field, nothing granted.
  // Eleanor is the centre's only verifier: already chosen.
  await expect(form.getByLabel("External verifier").locator("option:checked")).toHaveText(/^Eleanor Price/);
  await form.getByLabel("Last day of access").fill(isoDaysAhead(10));
  await form.getByRole("button", { name: "Grant access" }).click();
  await expect(form.locator("#grant-candidates-error")).toBeVisible();
  await expectAccessible(page);

  await form.getByLabel("Visit (optional)").selectOption({ index: 1 });
  await form.getByRole("checkbox", { name: /^Mohammed Ali,/ }).check();
  await form.getByRole("button", { name: "Grant access" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Access granted." })).toBeVisible();
  const grants = page.getByRole("table", { name: /External verifier access granted at Northgate College/ });
  await expect(grants.getByRole("row", { name: /Mohammed Ali/ })).toContainText("Eleanor Price");
  await expectAccessible(page);

  // Eleanor, in her own browser.
  const evContext = await browser.newContext();
  const ev = await evContext.newPage();
  await signIn(ev, centreOperations.evAccess.verifierEmail);
  await ev.goto("/ev-access");
  await expect(ev.getByRole("heading", { level: 1, name: "Your access to candidates" })).toBeVisible();
  const chosen = [...centreOperations.evAccess.candidates, "Mohammed Ali"].sort();
  const names = await ev.getByRole("list", { name: "Candidates you may read" }).getByRole("link").allTextContents();
  expect(names.map((name) => name.trim()).sort()).toEqual(chosen);
  await expectAccessible(ev);

  await ev.goto("/candidates");
  const listed = await ev.getByRole("list", { name: "Candidates" }).getByRole("listitem").getByRole("link").allTextContents();
  expect(
    listed
      .filter((text) => !text.startsWith("Registration"))
      .map((name) => name.trim())
      .sort(),
  ).toEqual(chosen);
  await expect(ev.getByRole("link", { name: "Register a candidate" })).toHaveCount(0);
  await expectAccessible(ev);

  await ev.getByRole("link", { name: "Mohammed Ali", exact: true }).click();
  await expect(ev.getByRole("heading", { level: 1, name: "Mohammed Ali" })).toBeVisible();
  await expectAccessible(ev);

  const response = await ev.goto(unchosen!);
  expect(response?.status()).toBe(404);
  await expect(ev.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await evContext.close();

  // The admin's log shows the page she opened.
  await page.reload();
  const log = page.getByRole("table", { name: /What external verifiers opened and downloaded at Northgate College/ });
  await expect(log.getByRole("row", { name: /Eleanor Price.*Mohammed Ali.*Viewed/ }).first()).toBeVisible();
  await expect(log).not.toContainText("Jessica Wood");
  await expectAccessible(page);
});
