import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
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

/**
 * Playwright's test, failing any test during which the browser logged an error or threw an
 * uncaught exception (hydration mismatches, failed requests to our own server, React errors).
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
        page.on("console", (message) => {
          // 404 (isolation tests) and 401 (a refused sign-in) are answers the tests expect.
          const expected = /status of 40[14] \((Not Found|Unauthorized)\)/.test(message.text());
          if (message.type() === "error" && !expected) errors.push(message.text());
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(errors);
      expect(errors, "the browser logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
