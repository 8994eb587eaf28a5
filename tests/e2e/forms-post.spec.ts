import type { Page } from "@playwright/test";
import { demoPassword } from "../../scripts/seed/demo-data";
import { expect, signIn, test } from "./support";

// No form in the app may submit with GET: a form sent before its JavaScript has loaded (slow
// network, script blocked) would put its fields, a password among them, into the URL, the
// browser history and server logs.

const demoRoles = [
  "priya.shah@northgate.example",
  "sam.okafor@assessors.example",
  "grace.mensah@northgate.example",
  "eleanor.price@verifiers.example",
  "chloe.turner@learners.example",
  "helen.marsh@ocr.example",
];

/**
 * Every form on the page as "label: method" (the DOM property: "get" when no method is given). The
 * property is read from the prototype: a field named "method" (an assessment method, say) hides
 * it on the form element itself.
 */
async function formMethods(page: Page): Promise<string[]> {
  return page.locator("form").evaluateAll((forms) => {
    const methodOf = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, "method")!.get!;
    return (forms as HTMLFormElement[]).map(
      (form) =>
        `${form.getAttribute("aria-label") ?? form.id}: ${String(methodOf.call(form))}${form.querySelector("input[type=password]") ? " (password)" : ""}`,
    );
  });
}

/** Every form must post (or close a dialog); password forms are named so the test proves it saw them. */
function expectAllPost(forms: string[]) {
  expect(forms.filter((form) => !/: (post|dialog)( \(password\))?$/.test(form))).toEqual([]);
}

test("the sign-in form posts", async ({ page }) => {
  await page.goto("/sign-in");
  const forms = await formMethods(page);
  expect(forms).toEqual(["Sign in: post (password)"]);
});

for (const email of demoRoles) {
  test(`every form on every page ${email} can reach posts`, async ({ page }) => {
    await signIn(page, email);
    const navLinks = await page
      .locator("header a[href^='/'], nav a[href^='/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const paths = new Set(["/", "/account", ...navLinks]);
    // One record page of each kind the role can open from the lists.
    for (const list of ["/staff", "/qualifications"]) {
      if (!paths.has(list)) continue;
      await page.goto(list);
      const first = await page
        .locator(`main a[href^='${list}/']`)
        .first()
        .getAttribute("href", { timeout: 2000 })
        .catch(() => null);
      if (first) paths.add(first);
    }
    const seen: string[] = [];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      for (const form of await formMethods(page)) seen.push(`${path} ${form}`);
    }
    // Everyone has an account page with the change-password form.
    expect(seen).toContainEqual("/account Change your password: post (password)");
    expectAllPost(seen);
  });
}

test("signing in before the page's JavaScript runs never puts the password in the URL", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(`${request.method()} ${request.url()}`));
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("priya.shah@northgate.example");
  await page.getByLabel("Password").fill(demoPassword);
  const [posted] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  // The fields went in the body; the page shows the sign-in form again (its JavaScript signs in).
  expect(posted.url()).toBe(`${baseURL}/sign-in`);
  expect(posted.status()).toBe(200);
  expect(posted.request().postData()).toContain("password=");
  await page.waitForLoadState("load");
  await expect(page.getByLabel("Password")).toHaveValue("");
  const secret = encodeURIComponent(demoPassword);
  expect(requested.filter((r) => r.includes(secret) || r.includes(demoPassword) || r.includes("password="))).toEqual([]);
  expect(page.url()).toBe(`${baseURL}/sign-in`);
  await context.close();
});
