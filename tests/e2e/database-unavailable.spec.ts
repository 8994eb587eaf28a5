import { databaseUnavailablePage, DATABASE_UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-page";
import { expect, expectAccessible, test } from "./support";

// What proxy.ts answers (503) to a page while the database cannot be reached. Killing the
// database under a running app is tested with the launcher's supervisor; this checks the page.
test("the page shown while the database is unreachable says so plainly and passes axe", async ({ page }) => {
  await page.setContent(databaseUnavailablePage("/staff", "nonce"));
  await expect(page).toHaveTitle("Assay is unavailable");
  await expect(page.getByRole("heading", { level: 1, name: DATABASE_UNAVAILABLE_MESSAGE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/staff");
  await expectAccessible(page);
});
