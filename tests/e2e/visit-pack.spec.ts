import { centreOperations } from "../../scripts/seed/centre-operations-stories";
import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the admin prepares the pack for Northgate's planned visit; a background job builds it
// while the page shows its progress; once ready, the index lists what handbook 5.20.2 asks for,
// with the demo's claimed candidate, the chosen work-in-progress portfolio and the last visit's
// report, and the zip downloads. No other spec prepares a pack.

test("the admin prepares the visit pack with a work-in-progress portfolio, watches it build, opens its index and downloads the zip", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "EV visits" }).click();
  await page
    .getByRole("link", { name: /visit by Eleanor Price/ })
    .first()
    .click();
  await page.getByRole("link", { name: /^Visit pack: everything the external verifier needs/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Visit pack" })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Prepare the visit pack" });
  await form.getByRole("checkbox", { name: /^Amelia Evans \(/ }).check();
  await form.getByRole("button", { name: "Prepare the visit pack" }).click();
  const download = page.getByRole("link", { name: "Download the visit pack (zip)" });
  await expect(download).toBeVisible({ timeout: 90_000 });
  const latest = page.getByRole("region", { name: "The latest pack" });
  await expect(latest).toContainText("Work-in-progress portfolios: Amelia Evans.");
  await expectAccessible(page);

  const [index] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: /^Read the pack's index/ }).click()]);
  await index.waitForLoadState();
  await expect(
    index.getByRole("heading", { level: 1, name: /^Visit pack: Northgate College, external verifier visit on \d{4}-\d{2}-\d{2}$/ }),
  ).toBeVisible();
  await expect(index.getByRole("navigation", { name: "Contents" })).toBeVisible();
  for (const heading of [
    "Claimed candidates",
    "Direct Claims Status claims since the last visit",
    "Work-in-progress portfolios",
    "Sample signature list",
    "Training, CVs and certificates of the assessment team",
    "The last external verifier visit",
    "Centre records",
  ])
    await expect(index.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  const claimed = index.locator("section").filter({ has: index.getByRole("heading", { level: 2, name: "Claimed candidates" }) });
  await expect(claimed).toContainText(centreOperations.claimed.candidate);
  const wip = index.locator("section").filter({ has: index.getByRole("heading", { level: 2, name: "Work-in-progress portfolios" }) });
  await expect(wip).toContainText("Amelia Evans");
  await expect(wip).not.toContainText(centreOperations.draft.candidate);
  await expect(index.getByRole("link", { name: /^Report of the visit on / })).toBeVisible();
  // Every file is linked by its path inside the pack.
  const hrefs = await index
    .locator("main a[href], body > section a[href], section a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href, "relative path in the zip").not.toMatch(/^(https?:|\/)/);
  await expectAccessible(index);
  await index.close();

  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("zip");
  expect((await response.body()).subarray(0, 2).toString("latin1")).toBe("PK");
});
