import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { demoPassword } from "../../scripts/seed/demo-data";

/** WCAG 2.2 AA: every page an end-to-end test visits must have no axe violations. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's <title> after its first bytes and replaces it on every refresh
  // after an action: wait for the settled page a person would hear, not the moment in between.
  await expect(page).toHaveTitle(/\S/);
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
 * uncaught exception (hydration mismatches, failed requests to our own server, React errors,
 * Content-Security-Policy violations).
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      // A Content-Security-Policy violation is an error even when the page carries on (a caught
      // probe, a blocked style): report every one through the console watched below.
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`),
        ),
      );
      const watch = (page: Page) => {
        page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
        page.on("console", (message) => {
          // Failed requests are judged below, from the response itself.
          if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
        });
        page.on("response", (response) => {
          const request = response.request();
          // Pages the test opens on purpose may be 404s (isolation tests); a refused sign-in is a 401.
          const expected =
            request.resourceType() === "document" ||
            (response.status() === 401 && request.url().includes("/api/auth/callback/credentials"));
          if (response.status() >= 400 && !expected) errors.push(`${response.status()} for ${request.method()} ${request.url()}`);
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
