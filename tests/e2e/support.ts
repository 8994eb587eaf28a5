import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { demoPassword } from "../../scripts/seed/demo-data";

/** WCAG 2.2 AA: every page an end-to-end test visits must have no axe violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hello,/ })).toBeVisible();
}

/** The error text that belongs to a field: the element its aria-describedby points at. */
export async function fieldError(page: Page, label: string) {
  const field = page.getByLabel(label, { exact: true });
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  return describedBy
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => page.locator(`[id="${id}"]`));
}
