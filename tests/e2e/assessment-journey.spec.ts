import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./support";

// The assessment record end to end, on a phone-sized screen, from the demo data
// (scripts/seed/assessment-stories.ts): an assessor plans an assessment and records an observation
// across two units with a photo and feedback; the candidate confirms the plan and replies; a
// candidate signs their declaration and the assessor signs the unit off; a not-yet-qualified
// assessor's sign-off awaits countersignature; a draft survives a reload with the network cut;
// a conflicted assessor is told why they cannot record. axe checks every page visited.

const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

const units = {
  retention: /\(J\/506\/2910\) Understand customers and customer retention/,
  complaints: /\(R\/506\/2151\) Resolve customers' complaints/,
};

/** A second person on their own phone. */
async function phoneOf(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Opens a candidate from the assessor's caseload; returns the candidate page's path. */
async function openFromCaseload(page: Page, name: string): Promise<string> {
  await page.goto("/caseload");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Chooses the option whose text starts with the given words (the candidate list adds the workplace). */
async function chooseCandidate(page: Page, name: string) {
  const select = page.getByLabel("Candidate");
  const value = await select
    .locator("option")
    .filter({ hasText: new RegExp(`^${name}`) })
    .first()
    .getAttribute("value");
  await select.selectOption(value!);
}

/** A real JPEG photo, made by the browser itself (a screenshot of part of the page). */
async function jpegPhoto(page: Page): Promise<Buffer> {
  return page.screenshot({ type: "jpeg", quality: 70, clip: { x: 0, y: 0, width: 120, height: 90 } });
}

// First, before the tests below change the demo world: each account the seed's sign-ins name
// shows the journey they promise (scripts/seed/demo-data.ts, demoJourneys).
test("each demo account shows the journey its sign-in promises", async ({ browser }) => {
  test.setTimeout(150_000);
  async function as(email: string, check: (page: Page) => Promise<void>) {
    const person = await phoneOf(browser, email);
    await check(person.page);
    await expectAccessible(person.page);
    await person.context.close();
  }
  const caseloadRow = (page: Page, name: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });

  await as("grace.mensah@northgate.example", async (page) => {
    await page.goto("/caseload");
    await expect(caseloadRow(page, "Jessica Wood")).toContainText("1 unit ready to sign off");
    await expect(caseloadRow(page, "Chloe Turner")).toContainText("evidence item to judge");
    const countersignatures = page.getByRole("region", { name: "Countersignatures you are asked for" });
    await expect(countersignatures.getByText(/Liam O'Connor: .*Understand customers and customer retention/)).toBeVisible();
  });
  await as("daniel.hughes@northgate.example", async (page) => {
    await page.goto("/caseload");
    await expect(page.getByRole("link", { name: "Liam O'Connor", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ben Foster", exact: true })).toBeVisible();
    await page.goto("/candidates");
    await page.getByRole("link", { name: "Amelia Evans", exact: true }).click();
    await page
      .getByRole("link", { name: /Understand customers and customer retention/ })
      .first()
      .click();
    await expect(page.getByRole("note")).toContainText("is a member of your family, so you may not assess them");
  });
  await as("sam.okafor@assessors.example", async (page) => {
    await page.goto("/caseload");
    for (const name of ["Mohammed Ali", "Amelia Evans"]) await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    for (const name of ["Olivia Green", "Noah Walker"])
      await expect(page.getByRole("button", { name: new RegExp(`^${name}`) })).toBeVisible();
  });
  await as("hannah.lewis@riverside.example", async (page) => {
    await page.goto("/caseload");
    for (const name of ["Sophie Clarke", "Jack Robinson", "Isla Thompson"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
  });
  await as("chloe.turner@learners.example", async (page) => {
    await page.goto("/portfolio");
    await expect(
      page.getByRole("link", { name: /Read and confirm your assessment plan “Complaints observations and retention discussion”/ }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: /^Reply to the feedback your assessor gave/ })).toBeVisible();
  });
  await as("mohammed.ali@learners.example", async (page) => {
    await page.goto("/portfolio");
    await expect(page.getByRole("link", { name: /^Sign the declaration that the evidence for J\/506\/2910/ })).toBeVisible();
  });
  await as("sophie.clarke@learners.example", async (page) => {
    await page.goto("/portfolio");
    await expect(page.getByRole("link", { name: /Read and confirm your assessment plan/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Reply to the feedback your assessor gave/ })).toBeVisible();
  });
  await as("tom.barker@riverside.example", async (page) => {
    await page.goto("/appeals");
    await expect(page.getByRole("link", { name: "Olivia Green" })).toBeVisible();
  });
  await as("priya.shah@northgate.example", async (page) => {
    await page.goto("/candidates");
    await expect(page.getByRole("link", { name: "Ben Foster", exact: true })).toBeVisible();
  });
});

test("a centre admin registers a candidate and allocates an assessor; a conflicted allocation is refused with the reason", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "priya.shah@northgate.example");
  await page.goto("/candidates");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Register a candidate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Register a candidate" });
  await form.getByLabel("Full name").fill("Ruby Fletcher");
  await form.getByLabel("Date of birth").fill("2002-03-14");
  await form.getByLabel("Employer (optional)").fill("Harbour Bank plc");
  await form.getByLabel("Workplace or site (optional)").fill("Leeds contact centre");
  await form.getByLabel("Email").fill("ruby.fletcher@learners.example");
  await form.getByLabel("ULN (optional)").fill("6182049375"); // one digit off a valid ULN
  // Northgate also offers the Retail certificate it imported for its own use: choose the diploma.
  const qualification = form.getByLabel("Qualification", { exact: true });
  const diploma = await qualification.locator("option", { hasText: "Customer Service" }).first().getAttribute("value");
  await qualification.selectOption(diploma!);
  await form.getByLabel("Start date").fill("2026-11-02");
  await form.getByRole("button", { name: "Register candidate" }).click();
  await expect(form.getByLabel("ULN (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/check digit does not match/)).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel("ULN (optional)").fill("3817264592");
  await form.getByRole("button", { name: "Register candidate" }).click();
  await expect(page.getByRole("heading", { name: "Ruby Fletcher is registered" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Open the registration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const allocation = page.getByRole("form", { name: "Allocate the assessor and IQA" });
  await allocation.getByLabel("Assessor").selectOption({ label: "Grace Mensah" });
  await allocation.getByLabel("IQA").selectOption({ label: "Sam Okafor" });
  await allocation.getByRole("button", { name: "Save allocation" }).click();
  await expect(page.getByText("The allocation was saved.")).toBeVisible();
  await expect(allocation.getByLabel("Assessor")).toHaveValue(
    (await allocation.getByLabel("Assessor").locator("option", { hasText: "Grace Mensah" }).getAttribute("value")) as string,
  );
  await expectAccessible(page);

  // Daniel Hughes has declared that Amelia Evans is family: allocating him to her is refused, and the page says why.
  await page.goto("/candidates");
  await page.getByRole("link", { name: "Amelia Evans", exact: true }).click();
  await page.getByRole("link", { name: "Edit registration" }).click();
  const ameliaAllocation = page.getByRole("form", { name: "Allocate the assessor and IQA" });
  await ameliaAllocation.getByLabel("Assessor").selectOption({ label: "Daniel Hughes" });
  await ameliaAllocation.getByRole("button", { name: "Save allocation" }).click();
  await expect(ameliaAllocation.getByText(/family/)).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("form", { name: "Allocate the assessor and IQA" }).getByLabel("Assessor")).not.toHaveValue(
    (await page
      .getByRole("form", { name: "Allocate the assessor and IQA" })
      .getByLabel("Assessor")
      .locator("option", { hasText: "Daniel Hughes" })
      .getAttribute("value")) as string,
  );
});

test("an assessor plans, records an observation across two units with a photo and gives feedback; the candidate confirms the plan and replies", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "hannah.lewis@riverside.example");
  await expectAccessible(page);
  const candidatePath = await openFromCaseload(page, "Isla Thompson");
  await expectAccessible(page);

  // The plan (RD05).
  await page.goto(`${candidatePath}/plans/new`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  const planTitle = "Complaints and retention: first observation";
  await page.getByLabel("Title").fill(planTitle);
  await page.getByLabel("Agreed activities").fill("Observe a complaint call on the billing line; talk through the CRM record afterwards.");
  await page.getByRole("checkbox", { name: "Observation", exact: true }).check();
  await page.getByLabel("Evidence sources").fill("Observation record; photo of the anonymised CRM screen.");
  await page.getByRole("checkbox", { name: units.retention }).check();
  await page.getByRole("checkbox", { name: units.complaints }).check();
  await page.getByRole("textbox", { name: "Place" }).fill("Calder Valley Energy, Halifax hub");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  const planPath = new URL(page.url()).pathname;
  await expectAccessible(page);

  // The observation (RD09): criteria of two units, a photo, feedback there and then.
  await page.goto(`/record?candidate=${candidatePath.split("/").pop()}`);
  await expect(page.getByRole("heading", { level: 1, name: "Record an activity" })).toBeVisible();
  await expect(page.getByLabel("Candidate")).toHaveValue(candidatePath.split("/").pop()!);
  await expectAccessible(page);
  await page.getByLabel("What happened").fill("Isla handled a billing complaint and then explained the customer's CRM history to me.");
  await page.getByRole("checkbox", { name: "1.3 Explain the purpose and scope of CRM" }).check();
  await page.getByLabel("Find a criterion").fill("informed");
  await page.getByRole("checkbox", { name: "2.6 Keep customers informed of progress" }).check();
  await page.getByLabel("Find a criterion").fill("");
  await expect(page.getByText("2 ticked.")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Take a photo" }).click();
  await (await chooser).setFiles({ name: "crm-screen.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(page) });
  await expect(page.getByText(/uploaded$/)).toBeVisible();
  await page.getByLabel("What was achieved").fill("You kept the customer informed and explained the CRM record clearly.");
  await page.getByLabel("What is needed next").fill("Next time, explain the response options to the customer (2.4).");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Observation,/ })).toBeVisible();
  await expect(page.getByText("Keep customers informed of progress")).toBeVisible();
  await expect(page.getByText("Explain the purpose and scope of CRM")).toBeVisible();
  await expect(page.getByText("crm-screen.jpg")).toBeVisible();
  await expectAccessible(page);

  // Isla, on her own phone: confirms the plan with her password, then replies to the feedback.
  const isla = await phoneOf(browser, "isla.thompson@learners.example");
  await isla.page.getByRole("link", { name: new RegExp(`Read and confirm your assessment plan “${planTitle}”`) }).click();
  await expect(isla.page.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  await expectAccessible(isla.page);
  await isla.page.getByLabel("Your password").fill("Assay demo 2026!");
  await isla.page.getByRole("button", { name: "Sign and agree the plan" }).click();
  await expect(isla.page.getByText("You have agreed this plan.")).toBeVisible();
  await expect(isla.page.getByRole("button", { name: "Sign and agree the plan" })).toHaveCount(0);
  await expectAccessible(isla.page);

  await isla.page.goto("/portfolio");
  await isla.page
    .getByRole("link", { name: /^Reply to the feedback your assessor gave/ })
    .last()
    .click();
  await expect(isla.page.getByRole("heading", { level: 1, name: "Feedback from Hannah Lewis" })).toBeVisible();
  await expect(isla.page.getByText("You kept the customer informed and explained the CRM record clearly.")).toBeVisible();
  await expectAccessible(isla.page);
  await isla.page.getByLabel("Your reply").fill("Thank you. I'll bring a case where I can explain the options.");
  await isla.page.getByRole("button", { name: "Send reply" }).click();
  await expect(isla.page.getByText("Reply sent to your assessor.")).toBeVisible();
  await expectAccessible(isla.page);
  await isla.context.close();

  // Hannah sees the plan agreed.
  await page.goto(planPath);
  await expect(page.getByText(/Isla Thompson/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign and agree the plan" })).toHaveCount(0);
});

test("the candidate signs the declaration for a fully evidenced unit, then the assessor signs the unit off", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const mohammed = await phoneOf(browser, "mohammed.ali@learners.example");
  await mohammed.page.getByRole("link", { name: /^Sign the declaration that the evidence for J\/506\/2910/ }).click();
  await expect(mohammed.page.getByRole("heading", { level: 1, name: "Understand customers and customer retention" })).toBeVisible();
  await expect(mohammed.page.getByText("Not signed yet")).toBeVisible();
  await expectAccessible(mohammed.page);
  await mohammed.page.getByLabel("Your password").fill("Assay demo 2026!");
  await mohammed.page.getByRole("button", { name: "Sign: the work is my own" }).click();
  await expect(mohammed.page.getByText("Declaration signed.")).toBeVisible();
  await expect(mohammed.page.getByText(/Signed .* for the evidence listed here/)).toBeVisible();
  await expectAccessible(mohammed.page);
  await mohammed.context.close();

  await signIn(page, "sam.okafor@assessors.example");
  const candidatePath = await openFromCaseload(page, "Mohammed Ali");
  await page
    .getByRole("link", { name: /Understand customers and customer retention/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Understand customers and customer retention" })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(`${candidatePath}/units/`)).toBe(true);
  await expect(page.getByText("Every condition for sign-off is met")).toBeVisible();
  await expectAccessible(page);
  const signOff = page.getByRole("form", { name: "Sign the unit off" });
  await signOff.getByLabel("Rationale").fill("Every criterion is met: 1.1–2.6 by the written account, 3.1–3.3 by professional discussion.");
  await signOff.getByLabel("Your password").fill("Assay demo 2026!");
  await signOff.getByRole("button", { name: "Sign the unit off" }).click();
  await expect(page.getByText("This unit already has a sign-off decision")).toBeVisible();
  const decisions = page.getByRole("region", { name: "Decisions" });
  await expect(decisions.getByRole("heading", { name: "Summative (sign-off): Achieved" })).toBeVisible();
  await expect(decisions.getByText("Signed off", { exact: true })).toBeVisible();
  await expect(decisions.getByText(/· Sam Okafor$/)).toBeVisible();
  await expectAccessible(page);
});

test("a sign-off by an assessor working towards the qualification awaits countersignature, until a qualified colleague countersigns", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "daniel.hughes@northgate.example");
  await openFromCaseload(page, "Liam O'Connor");
  await page
    .getByRole("link", { name: /Resolve customers' complaints/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Resolve customers' complaints" })).toBeVisible();
  await expect(page.getByText(/You are working towards .*: a sign-off by you awaits countersignature/)).toBeVisible();
  await expectAccessible(page);
  const signOff = page.getByRole("form", { name: "Sign the unit off" });
  await signOff.getByLabel("Rationale").fill("All seventeen criteria met by questioning and a full observation.");
  await signOff.getByLabel("Your password").fill("Assay demo 2026!");
  await signOff.getByRole("button", { name: "Sign the unit off" }).click();
  await expect(page.getByText("Unit signed off: awaiting countersignature.")).toBeVisible();
  await expect(page.getByText("Awaiting countersignature by a qualified assessor: this decision does not count yet.")).toBeVisible();
  await expectAccessible(page);

  // A qualified colleague countersigns; then it counts.
  const grace = await phoneOf(browser, "grace.mensah@northgate.example");
  await grace.page.goto(new URL(page.url()).pathname);
  const countersign = grace.page.getByRole("form", { name: "Countersign this decision" });
  await expectAccessible(grace.page);
  await countersign.getByLabel("Your password").fill("Assay demo 2026!");
  await countersign.getByRole("button", { name: "Countersign this decision" }).click();
  await expect(grace.page.getByText("Decision countersigned.")).toBeVisible();
  const decisions = grace.page.getByRole("region", { name: "Decisions" });
  await expect(decisions.getByText("Signed off", { exact: true })).toBeVisible();
  await expect(decisions.getByText("Awaiting countersignature by a qualified assessor")).toHaveCount(0);
  await expectAccessible(grace.page);
  await grace.context.close();
});

test("a draft activity survives a reload after the network was cut, and is offered back", async ({ page, context }) => {
  await signIn(page, "hannah.lewis@riverside.example");
  await page.goto("/record");
  await expect(page.getByRole("heading", { level: 1, name: "Record an activity" })).toBeVisible();
  await expect(page.getByText("Your draft saves as you type.")).toBeVisible();
  await chooseCandidate(page, "Sophie Clarke");

  await context.setOffline(true);
  await expect(page.getByText(/^You are offline\. Saved on this device/)).toBeVisible();
  const typed = "Observed Sophie explain a tariff change while the signal kept dropping.";
  await page.getByLabel("What happened").fill(typed);
  await page
    .getByRole("checkbox", { name: "2.3 Communicate in a way that recognises customers' problems and understands their points of view" })
    .check();
  // The device's copy is written a moment after typing stops.
  await page.waitForTimeout(1_000);
  await expectAccessible(page);

  // Connection back just long enough to reload the page: what was typed offline comes from the device.
  await context.setOffline(false);
  await page.reload();
  const offer = page.getByRole("region", { name: "Unfinished draft" });
  await expect(offer).toBeVisible();
  await expectAccessible(page);
  await offer.getByRole("button", { name: "Continue the draft" }).click();
  await expect(page.getByLabel("What happened")).toHaveValue(typed);
  await expect(page.getByRole("checkbox", { name: /^2\.3 Communicate in a way/ })).toBeChecked();
});

test("an assessor who declared a relationship with a candidate is told why they cannot record for them", async ({ page }) => {
  await signIn(page, "daniel.hughes@northgate.example");
  await page.goto("/record");
  await expect(page.getByRole("heading", { level: 1, name: "Record an activity" })).toBeVisible();
  await chooseCandidate(page, "Amelia Evans");
  await page.getByLabel("What happened").fill("Questioning on CRM.");
  await page.getByRole("checkbox", { name: "1.3 Explain the purpose and scope of CRM" }).check();
  await page.getByLabel("What is needed next").fill("Start the written account.");
  await page.getByRole("button", { name: "Record activity" }).click();
  await expect(
    page.getByText(/You declared on \d{4}-\d{2}-\d{2} that the candidate is a member of your family, so you may not assess them/),
  ).toBeVisible();
  await expectAccessible(page);
});
