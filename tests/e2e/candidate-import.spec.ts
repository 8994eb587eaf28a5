import { expect, expectAccessible, signIn, test } from "./support";

// Issue 10: the admin imports candidates from their student records system's CSV. One row has a
// ULN whose check digit is wrong: nothing is imported until it is corrected (here, in the preview),
// then every row is registered; the same file again registers nobody twice. The people are new to
// the demo world, so no other spec sees them.

const today = new Date().toISOString().slice(0, 10);
const csv = [
  "Learner name,Email,DOB,ULN,Funded,Qualification,Full award,Start date,Assessor email,IQA email,Employer",
  `Kate Ellis,kate.ellis@learners.example,1995-03-14,3141592658,Yes,10380,Yes,${today},grace.mensah@northgate.example,sam.okafor@assessors.example,Harbour Bank plc`,
  `Omar Farouk,omar.farouk@learners.example,14/08/1990,3141592666,No,10380,Yes,${today},sam.okafor@assessors.example,grace.mensah@northgate.example,Harbour Bank plc`,
  `Nina Kowalski,nina.kowalski@learners.example,2001-11-02,3141592659,Yes,10380,Yes,${today},grace.mensah@northgate.example,sam.okafor@assessors.example,Harbour Bank plc`,
].join("\n");
const file = { name: "northgate-january-intake.csv", mimeType: "text/csv", buffer: Buffer.from(`${csv}\n`, "utf8") };

test("an admin imports a CSV with one bad ULN: sees the row's problem, corrects it, imports all three; the same file again registers nobody twice", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.goto("/candidates/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import candidates from a CSV" })).toBeVisible();
  // The demo's earlier import is listed.
  await expect(page.getByRole("link", { name: "northgate-september-intake.csv" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("CSV file").setInputFiles(file);
  await expect(page.getByRole("group", { name: "Columns" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Learner name");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByRole("heading", { level: 1, name: file.name })).toBeVisible({ timeout: 20_000 });
  const problems = page.getByRole("table", { name: /^Rows with problems/ });
  await expect(problems.getByRole("row")).toHaveCount(2); // the header and line 4
  const bad = problems.getByRole("row", { name: /Nina Kowalski/ });
  await expect(bad).toContainText("4");
  await expect(bad).toContainText("ULN:");
  await expectAccessible(page);

  // Nothing is imported while a row has problems.
  await page.getByRole("button", { name: "Import 2 candidates" }).click();
  await expect(page.getByText(/1 row has problems\. Correct it first/)).toBeVisible();

  await bad.getByRole("link", { name: "Correct line 4" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Correct line 4" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("ULN (optional)").fill("3141592674");
  await page.getByRole("button", { name: "Save and check again" }).click();

  await expect(page.getByRole("heading", { level: 1, name: file.name })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Rows with problems/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Import 3 candidates" }).click();
  const registered = page.getByRole("table", { name: "Rows without problems" });
  await expect(registered.getByRole("row").filter({ hasText: "Registered" })).toHaveCount(3, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 2, name: "3 candidates registered" }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/candidates");
  for (const name of ["Kate Ellis", "Omar Farouk", "Nina Kowalski"])
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Nina Kowalski", exact: true }).click();
  await expect(page.getByText("3141592674")).toBeVisible();

  // The same file again: recognised, and its people are already registered.
  await page.goto("/candidates/import");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText(/You uploaded this same file on/)).toBeVisible({ timeout: 20_000 });
  const others = page.getByRole("table", { name: "Rows without problems" });
  await expect(others.getByRole("row", { name: /Kate Ellis/ })).toContainText("Already registered");
  await expect(others.getByRole("row", { name: /Omar Farouk/ })).toContainText("Already registered");
  await expectAccessible(page);
});
