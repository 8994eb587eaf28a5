import { expect, expectAccessible, signIn, test } from "./support";

// The headers proxy.ts puts on every response, and the app working under them: the browser
// fixture (support.ts) fails any test in which the page reported a CSP violation.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(csp, where).not.toContain("unsafe-eval");
  expect(csp, where).not.toContain("unsafe-inline");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-request-id"], where).toMatch(uuid);
  // Served over plain HTTP here: HSTS would be ignored, and it must not pin localhost.
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test("pages, API routes and static files carry the security headers and a request id", async ({ request }) => {
  const page = await request.get("/sign-in");
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page.headers(), "/sign-in");

  // Every script Next renders carries this response's nonce, and no other.
  const nonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"]!)![1]!;
  const scripts = [...(await page.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  const again = await request.get("/sign-in");
  expect(again.headers()["x-request-id"]).not.toBe(page.headers()["x-request-id"]);
  expect(again.headers()["content-security-policy"]).not.toBe(page.headers()["content-security-policy"]);

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
  expectSecurityHeaders(health.headers(), "/api/health");

  const icon = await request.get("/icon.svg");
  expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
});

test("HSTS is sent when the app is reached over HTTPS through a proxy", async ({ request }) => {
  const response = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("another site cannot show Assay's pages in a frame", async ({ browser, baseURL }) => {
  // A context of its own: the refused frame is logged as an error there, on purpose.
  const context = await browser.newContext();
  const page = await context.newPage();
  let framedResponse = 0;
  page.on("response", (response) => {
    if (response.url() === `${baseURL}/sign-in`) framedResponse = response.status();
  });
  await page.setContent(`<iframe title="framed" src="${baseURL}/sign-in"></iframe>`);
  await expect.poll(() => framedResponse).toBe(200);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect.poll(() => frame.url()).not.toBe(`${baseURL}/sign-in`);
  expect(await frame.locator("form").count()).toBe(0);
  await context.close();
});

test("under the policy, signing in, staff pages, the centre switcher, dialogs and toasts work without a CSP violation", async ({
  page,
}) => {
  await signIn(page, "sam.okafor@assessors.example");
  await page.getByLabel("Working in").selectOption({ label: "Riverside Training Ltd (58790)" });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Now working in Riverside Training Ltd." })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sign-in");
  await page.context().clearCookies();
  await signIn(page, "tom.barker@riverside.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  await page.getByRole("link", { name: "Hannah Lewis, Assessor" }).click();
  await page.getByRole("button", { name: "Deactivate…" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Hannah Lewis?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expectAccessible(page);
});
