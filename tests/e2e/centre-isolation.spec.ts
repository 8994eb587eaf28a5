import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./support";

async function staffNames(page: Page) {
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  return page.locator("[data-person-name]").allInnerTexts();
}

test("a person at two centres switches centre and sees only the active centre's staff", async ({ page }) => {
  await signIn(page, "sam.okafor@assessors.example");
  const switcher = page.getByLabel("Working in");
  await expect(switcher).toHaveValue(/^centre:/);
  await expectAccessible(page);

  const northgate = await staffNames(page);
  expect(northgate).toContain("Daniel Hughes");
  expect(northgate).not.toContain("Hannah Lewis");
  const danielHref = await page.getByRole("link", { name: "Daniel Hughes, Assessor" }).getAttribute("href");

  await switcher.selectOption({ label: "Riverside Training Ltd (58790)" });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Now working in Riverside Training Ltd." })).toBeVisible();
  await expect(page.getByLabel("Working in")).toHaveValue(/^centre:/);

  const riverside = await staffNames(page);
  expect(riverside).toContain("Hannah Lewis");
  expect(riverside).not.toContain("Daniel Hughes");
  await expectAccessible(page);

  // Northgate's record, opened while working in Riverside, does not exist here.
  const response = await page.goto(danielHref!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("every route with a record id answers 404 to a user of the other centre", async ({ browser }) => {
  const northgateAdmin = await browser.newPage();
  await signIn(northgateAdmin, "priya.shah@northgate.example");
  await northgateAdmin.goto("/staff");
  const hrefs = await northgateAdmin.locator("tbody a[href^='/staff/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(3);
  // The same page works for its own centre.
  const own = await northgateAdmin.goto(hrefs[0]!);
  expect(own?.status()).toBe(200);
  await northgateAdmin.close();

  const riversideAdmin = await browser.newPage();
  await signIn(riversideAdmin, "tom.barker@riverside.example");
  for (const href of hrefs) {
    const response = await riversideAdmin.goto(href);
    expect(response?.status(), href).toBe(404);
  }
  const missing = await riversideAdmin.goto("/staff/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  await riversideAdmin.close();
});

test("roles see only what they may use", async ({ page }) => {
  await signIn(page, "chloe.turner@learners.example");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Home", "My portfolio", "Qualifications"]);
  expect((await page.goto("/staff"))?.status()).toBe(404);
  expect((await page.goto("/audit"))?.status()).toBe(404);
  expect((await page.goto("/staff/new"))?.status()).toBe(404);
});
