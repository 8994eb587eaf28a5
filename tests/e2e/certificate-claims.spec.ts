import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the head of centre chooses a certificate ready to claim (Callum Reid's), puts it in a
// draft batch, downloads the batch file for the awarding body, marks the batch claimed and records
// the certificate received; axe-checked, at 390 px too. No other spec makes a batch, so this one
// is CLM-<year>-0003 (the demo data has 0001 claimed and 0002 a draft).

test("the head of centre claims a certificate: draft batch, the batch file, marked claimed, certificate received", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1, name: "Certificate claims" })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Certificates ready to claim" });
  // Nothing chosen: told next to the choices.
  await form.getByRole("button", { name: "Put the chosen certificates in a draft batch" }).click();
  await expect(form.locator("#claim-items-error")).toHaveText(/Choose at least one certificate to claim/);
  const callum = form.getByRole("group", { name: /^Callum Reid:/ });
  await callum.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Put the chosen certificates in a draft batch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Claim batch CLM-\d{4}-0003$/ })).toBeVisible();
  await expectAccessible(page);
  const href = await page.getByRole("link", { name: "Download the batch file (CSV)" }).getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  const csv = await file.text();
  expect(csv).toContain("Callum Reid");
  expect(csv.split("\r\n")[0]).toContain("Centre number,Batch reference");
  await page.getByRole("form", { name: "Mark the batch claimed" }).getByRole("button", { name: "Mark claimed" }).click();
  await expect(page.getByRole("form", { name: "Record a certificate received" })).toBeVisible();
  await expectAccessible(page);
  const received = page.getByRole("form", { name: "Record a certificate received" });
  await received.getByLabel("Certificate", { exact: true }).selectOption({ index: 1 });
  await received.getByLabel("Certificate number").fill("OCR-123456");
  await received.getByRole("button", { name: "Record the certificate" }).click();
  await expect(page.getByRole("table", { name: /Certificates in batch/ })).toContainText("OCR-123456");
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 800 });
  for (const url of ["/claims", page.url()]) {
    await page.goto(url);
    await expect(page).toHaveTitle(/\S/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
