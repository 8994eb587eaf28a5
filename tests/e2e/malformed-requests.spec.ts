import type { APIResponse, Page } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/http/action-request";
import { expect, signIn, test } from "./support";

// Server action requests a browser never sends, sent straight to the server with the admin's
// session: each gets a clear 4xx (or a field error) and changes nothing. The action id and a
// well-formed body are taken from one real "add a staff member" sent by the browser.

type CapturedAction = { url: string; actionId: string; workspaceKey: string; input: Record<string, unknown> };

async function captureAddStaffAction(page: Page): Promise<CapturedAction> {
  await page.goto("/staff/new");
  const stamp = Date.now();
  await page.getByLabel("Full name").fill(`Real Person ${stamp}`);
  await page.getByLabel("Email").fill(`real.person.${stamp}@northgate.example`);
  await page.getByLabel("Role").selectOption("ASSESSOR");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Add staff member" }).click(),
  ]);
  const response = await request.response();
  expect(response?.status()).toBe(200);
  const [workspaceKey, input] = JSON.parse(request.postData()!) as [string, Record<string, unknown>];
  return { url: request.url(), actionId: request.headers()["next-action"]!, workspaceKey, input };
}

/** What an admin can see of the centre's people, invitations and audit trail. */
async function centreAsSeen(page: Page): Promise<{ staff: string; audit: string }> {
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const staff = await page.locator("main").innerText();
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { staff, audit: await page.locator("main").innerText() };
}

/** The action's result object from React's Flight response ("1:{"ok":...}"). */
async function actionResult(response: APIResponse): Promise<{ ok: boolean; code?: string; fieldErrors?: Record<string, string[]> }> {
  const line = (await response.text()).split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  expect(line, "the response carries the action's result").toBeDefined();
  return JSON.parse(line!.slice(line!.indexOf(":") + 1));
}

test("malformed, oversized and cross-origin server action requests get a 4xx and change nothing", async ({ page, baseURL }) => {
  await signIn(page, "priya.shah@northgate.example");
  const action = await captureAddStaffAction(page);
  const before = await centreAsSeen(page);

  const send = (body: string | Buffer, headers: Record<string, string> = {}) =>
    page.request.post(action.url, {
      headers: {
        "Next-Action": action.actionId,
        Accept: "text/x-component",
        Origin: baseURL!,
        "Content-Type": "text/plain;charset=UTF-8",
        ...headers,
      },
      data: body,
      failOnStatusCode: false,
    });
  const person = (name: string) =>
    JSON.stringify([action.workspaceKey, { ...action.input, name, email: `${name.replace(/\W/g, "").toLowerCase()}@northgate.example` }]);

  const refused: [string, Promise<APIResponse>, number][] = [
    ["an empty body", send(""), 400],
    ["a body that is not JSON", send("this is not json"), 400],
    ["JSON that is not a list of arguments", send('{"name":"Object Body"}'), 400],
    ["an array nested 5,000 deep", send("[".repeat(5000) + "]".repeat(5000)), 400],
    ["a body over the size limit", send(person("x".repeat(ACTION_BODY_LIMIT_BYTES + 1))), 413],
    ["another site's Origin", send(person("Cross Origin"), { Origin: "https://attacker.example" }), 403],
    ["no Origin at all", send(person("No Origin"), { Origin: "" }), 403],
    ["an unexpected content type", send(person("Json Type"), { "Content-Type": "application/json" }), 415],
    ["multipart that does not parse", send("--x\r\nnot a part", { "Content-Type": "multipart/form-data; boundary=x" }), 400],
  ];
  for (const [what, pending, status] of refused) {
    const response = await pending;
    expect(response.status(), what).toBe(status);
    expect(response.headers()["content-type"], what).toContain("text/plain");
    expect(await response.text(), what).not.toMatch(/at .*\.js|digest|Error:/);
  }

  // Text a keyboard cannot type is a field error next to the name, as the form shows it.
  for (const [what, name] of [
    ["a NUL byte", "Nul\u0000Name"],
    ["a bidirectional override", "Bidi\u202EName"],
    ["only invisible characters", "\u200B\u200B\u200B"],
  ]) {
    const response = await send(person(name!));
    expect(response.status(), what!).toBe(200);
    const result = await actionResult(response);
    expect(result, what!).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(result.fieldErrors?.name?.length, what!).toBeGreaterThan(0);
  }

  expect(await centreAsSeen(page), "nothing changed").toEqual(before);

  // A well-formed request from the app's own origin still works.
  const good = await send(person("Well Formed"));
  expect(good.status()).toBe(200);
  expect(await actionResult(good)).toMatchObject({ ok: true });
  expect((await centreAsSeen(page)).staff).toContain("Well Formed");
});
