import type { Page } from "@playwright/test";
import { iqaJourney } from "../../scripts/seed/sampling-data";
import { expect, expectAccessible, signIn, test } from "./support";

// Internal quality assurance end to end (issue 9), on a phone-sized screen, from the demo data
// (scripts/seed/sampling-stories.ts, sampling-data.ts iqaJourney): Riverside's IQA proposes a
// sampling plan for the default period, reads why each decision was chosen and the coverage grid,
// drops one with a reason and records the plan; he samples Hannah Lewis's sign-off of Aisha
// Begum's retention unit with "agree with action" (a missing action is refused next to the field
// first), Hannah reads the RD07, acknowledges it with her response and completes the action, and
// the IQA countersigns the sampled version; a "disagree" on Lewis Grant's complaints unit reopens
// it for Hannah with the reasons, and the unit cannot be claimed. Then a closed standardisation
// exercise's comparison. axe checks every page visited.
// (The IQA home's disagree-rate chart and its table: tests/e2e/iqa-home.spec.ts.)

const phone = { width: 390, height: 844 };
test.use({ viewport: phone });
// One journey through the same demo records: each step needs the one before it.
test.describe.configure({ mode: "serial" });

const password = "Assay demo 2026!";
const units = {
  retention: { urn: iqaJourney.agreeWithAction.unit, title: "Understand customers and customer retention" },
  complaints: { urn: iqaJourney.disagree.unit, title: "Resolve customers' complaints" },
};

/** A day as the app shows it ("22 Nov 2026"), days from today (UTC, as the server counts). */
function shownDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
function isoDayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The next person on the same phone: the one before signs out (their session cookie goes). */
async function switchTo(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

/** A plan item's link: the candidate, then the unit's number for screen readers ("Aisha Begum, J/506/2910"). */
function itemLink(candidate: string, urn: string): RegExp {
  return new RegExp(`^${candidate}\\s*, ${urn}$`);
}

async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

// What the steps hand on to each other (serial mode: one worker, in order).
const journey = { proposedPlan: "", currentPlan: "", agreeItem: "", disagreeItem: "", feedbackText: "", actionText: "" };

test("an IQA proposes a sampling plan, reads why each decision was chosen and the coverage grid, drops one with a reason and records it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, iqaJourney.iqa);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sampling" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sampling" })).toBeVisible();
  await expectAccessible(page);

  // The centre offers one qualification: it is chosen, and the period is the strategy's, ending today.
  const propose = page.getByRole("form", { name: "Propose a sampling plan" });
  await expect(propose.getByLabel("Qualification")).not.toHaveValue("");
  await expect(propose.getByLabel("Period to")).toHaveValue(isoDayFromNow(0));
  await expect(propose.getByLabel("Period from")).not.toHaveValue("");
  await propose.getByRole("button", { name: "Propose a sampling plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sampling plan: / })).toBeVisible();
  journey.proposedPlan = new URL(page.url()).pathname;
  expect(journey.proposedPlan).toMatch(/^\/sampling\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "About this plan", exact: true }).getByText("Draft", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Each proposed decision says why the sampling rule chose it, in words with people's names.
  const items = page.getByRole("table", { name: "Decisions in the plan" });
  const rows = items.getByRole("row").filter({ has: page.getByRole("rowheader") });
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  for (let index = 0; index < count; index++) {
    const why = rows.nth(index).getByRole("cell").nth(3);
    await expect(why).toHaveText(/(Hannah Lewis|Sam Okafor): \d+ of \d+ decisions at \d+%|^Covers |^Keeps the interim share at \d+%/);
  }

  // The coverage: units by assessor as "planned of decisions", each dimension's table, gaps said in words.
  const coverage = page.getByRole("region", { name: "Coverage", exact: true });
  const grid = coverage.getByRole("table", { name: "Coverage grid: units by assessor (planned of decisions)" });
  await expect(grid.getByRole("columnheader", { name: "Hannah Lewis" })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: new RegExp(units.retention.urn) })).toBeVisible();
  await expect(grid.getByRole("cell", { name: /^\d+ of \d+/ }).first()).toBeVisible();
  await expect(coverage.getByRole("heading", { name: "Gaps" })).toBeVisible();
  await expect(
    coverage.getByRole("table", { name: "Each assessor: required and planned" }).getByRole("rowheader", { name: "Hannah Lewis" }),
  ).toBeVisible();
  const candidates = coverage.locator("summary", { hasText: /^Candidates \(\d+; \d+ with nothing planned\)$/ });
  await candidates.click();
  await expect(
    coverage
      .getByRole("table", { name: /^Candidates/ })
      .getByRole("rowheader")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  // Drop a decision that is the only one planned in its assessor × unit cell (the sample is seeded by
  // the centre's id, so which one differs from one demo database to the next): the cell becomes a gap.
  const assessors = await grid.getByRole("columnheader").allInnerTexts();
  const gridRows = grid.getByRole("row").filter({ has: page.getByRole("rowheader") });
  let lone: { unit: string; column: number; decisions: string } | null = null;
  for (let r = 0; r < (await gridRows.count()) && !lone; r++) {
    const cells = await gridRows.nth(r).getByRole("cell").allInnerTexts();
    const column = cells.findIndex((text) => /^1 of \d+/.test(text.trim()));
    if (column >= 0) {
      const unit = (await gridRows.nth(r).getByRole("rowheader").innerText()).trim();
      lone = { unit, column, decisions: cells[column]!.trim().match(/^1 of (\d+)/)![1]! };
    }
  }
  const target = lone
    ? rows
        .filter({ has: page.getByRole("cell", { name: lone.unit, exact: true }) })
        .filter({ has: page.getByRole("cell", { name: assessors[lone.column + 1]!.trim(), exact: true }) })
    : rows;
  const first = target.first();
  const dropped = (await first.getByRole("rowheader").getByRole("link").innerText()).trim();
  await first.locator("summary", { hasText: "Drop" }).click();
  const dropForm = first.getByRole("form", { name: /^Drop: / });
  // Without a reason: refused next to the field, and nothing changes.
  await dropForm.getByRole("button", { name: "Drop from the plan" }).click();
  await expect(dropForm.getByLabel("Why you are dropping it")).toHaveAttribute("aria-invalid", "true");
  await expect(dropForm.getByText("Say why you are dropping this decision.")).toBeVisible();
  const dropReason = "Observed this assessment myself last month and agreed then; sampling it again adds nothing.";
  await dropForm.getByLabel("Why you are dropping it").fill(dropReason);
  await dropForm.getByRole("button", { name: "Drop from the plan" }).click();
  await expect(page.getByText("The decision was dropped from the plan.")).toBeVisible();
  const droppedRow = rows.filter({ hasText: dropReason });
  await expect(droppedRow).toHaveCount(1);
  await expect(droppedRow.getByText(`Dropped ${shownDay()}`)).toBeVisible();
  // Its row stays, without a link to sample it.
  await expect(droppedRow.getByRole("rowheader")).toContainText(dropped.split(",")[0]!);
  await expect(droppedRow.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("region", { name: `Decisions in the plan (${count - 1})`, exact: true })).toBeVisible();
  if (lone) {
    // The gap is marked in the grid in words, and listed among the gaps.
    const cell = gridRows
      .filter({ has: page.getByRole("rowheader", { name: lone.unit, exact: true }) })
      .getByRole("cell")
      .nth(lone.column);
    await expect(cell).toHaveText(new RegExp(`^0 of ${lone.decisions}\\s*Gap$`));
    await expect(coverage.getByRole("region", { name: "Gaps", exact: true })).toContainText(
      /Gap: \d+ assessor × unit cells? ha(s|ve) decisions but nothing planned/,
    );
  }
  await expectAccessible(page);

  await page.getByRole("form", { name: "Record the plan" }).getByRole("button", { name: "Record the plan" }).click();
  await expect(page.getByText("The sampling plan was recorded.")).toBeVisible();
  const about = page.getByRole("region", { name: "About this plan", exact: true });
  await expect(about.getByText(`Recorded ${shownDay()}`)).toBeVisible();
  await expect(about.getByText("This plan is recorded: decisions can no longer be added or dropped.")).toBeVisible();
  await expect(page.getByRole("form", { name: /^Drop: / })).toHaveCount(0);
  await expectAccessible(page);

  // The hub lists it, recorded, with its RD11.
  await open(page, "/sampling", "Sampling");
  const planRow = page
    .getByRole("table", { name: "Sampling plans" })
    .getByRole("row")
    .filter({ has: page.locator(`a[href="${journey.proposedPlan}"]`) });
  await expect(planRow.getByRole("cell", { name: "Recorded" })).toBeVisible();
  await expect(planRow.getByRole("cell", { name: `0 of ${count - 1}` })).toBeVisible();
  await expect(planRow.getByRole("link", { name: /^RD11/ })).toBeVisible();
});

test('the IQA samples a unit with "agree with action": a missing action is refused next to the field, then the RD11 entry, RD07 feedback and action are recorded', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, iqaJourney.iqa);
  // The plan he has been working through this period: recorded, ending today, not the one just proposed.
  await open(page, "/sampling", "Sampling");
  const current = page
    .getByRole("table", { name: "Sampling plans" })
    .getByRole("row")
    .filter({ hasText: `to ${shownDay()}` })
    .filter({ hasNot: page.locator(`a[href="${journey.proposedPlan}"]`) });
  await expect(current).toHaveCount(1);
  await current.getByRole("rowheader").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sampling plan: / })).toBeVisible();
  journey.currentPlan = new URL(page.url()).pathname;
  await expectAccessible(page);

  const { candidate } = iqaJourney.agreeWithAction;
  await page.getByRole("link", { name: itemLink(candidate, units.retention.urn) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sampling: ${units.retention.title}` })).toBeVisible();
  journey.agreeItem = new URL(page.url()).pathname;
  const rd10 = page.getByRole("region", { name: "The assessment decision (RD10)", exact: true });
  await expect(rd10.getByText("Hannah Lewis", { exact: true })).toBeVisible();
  await expect(rd10.getByText("Signed off", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "IQA countersignature", exact: true }).getByText("No IQA has countersigned this decision."),
  ).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Record the sampling" });
  await expect(form.getByLabel("Date sampled")).toHaveValue(isoDayFromNow(0));
  // Every criterion of the unit is ticked to start with.
  await expect(form.getByRole("group", { name: "Assessment criteria sampled" }).getByRole("checkbox").first()).toBeChecked();
  const stamp = Date.now().toString(36);
  journey.feedbackText = `Aisha's written account meets every criterion. Your discussion notes should quote her own words on satisfaction measures (${stamp}).`;
  journey.actionText = `Add Aisha Begum's own words on 3.1–3.3 to the professional discussion notes (${stamp})`;
  await form.getByRole("radio", { name: "Agree with action" }).check();
  await form
    .getByLabel("Rationale")
    .fill("The decision is sound: every criterion is met. The discussion notes summarise rather than record the answers.");
  await form.getByLabel("Feedback to Hannah Lewis (RD07)").fill(journey.feedbackText);

  // Agree with action but no action: refused next to the actions, and nothing is recorded.
  await form.getByRole("button", { name: "Record the sampling" }).click();
  const actions = form.getByRole("group", { name: "Actions for the assessor" });
  await expect(actions.getByText("Add at least one action for the assessor, with its due date.")).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("form", { name: "Record the sampling" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sampling record (RD11)", exact: true })).toHaveCount(0);

  // Again, with the action and its due date.
  await form.getByRole("radio", { name: "Agree with action" }).check();
  await form
    .getByLabel("Rationale")
    .fill("The decision is sound: every criterion is met. The discussion notes summarise rather than record the answers.");
  await form.getByLabel("Feedback to Hannah Lewis (RD07)").fill(journey.feedbackText);
  await actions.getByRole("button", { name: "Add an action" }).click();
  await expect(actions.getByLabel("Action 1", { exact: true })).toBeFocused();
  await page.keyboard.type(journey.actionText);
  await actions.getByLabel("Due date of action 1").fill(isoDayFromNow(14));
  await form.getByRole("button", { name: "Record the sampling" }).click();
  await expect(page.getByRole("status").getByText("Sampling recorded.")).toBeVisible();

  const record = page.getByRole("region", { name: "Sampling record (RD11)", exact: true });
  await expect(record.getByText("Agree with action", { exact: true })).toBeVisible();
  await expect(record.getByText(journey.feedbackText)).toBeVisible();
  await expect(record.getByText(`${journey.actionText} · due ${shownDay(14)} · open`)).toBeVisible();
  await expect(record.getByText("Not yet acknowledged by the assessor.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Record the sampling" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the assessor sees the feedback and action, acknowledges and responds, and completes the action with a note", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, iqaJourney.assessor);
  // Her home page says there is feedback to read and actions open.
  const fromIqa = page.getByRole("region", { name: "From your IQA", exact: true });
  await expect(fromIqa).toContainText(/\d+ pieces? of feedback \(RD07\) to read and acknowledge/);
  await expect(fromIqa).toContainText(/\d+ actions? (is|are) open for you/);
  await expectAccessible(page);
  await fromIqa.getByRole("link", { name: "Open your IQA feedback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IQA feedback" })).toBeVisible();

  const waiting = page.getByRole("list", { name: "Waiting for your response" });
  const mine = waiting.getByRole("listitem").filter({ hasText: journey.feedbackText.slice(0, 60) });
  await expect(mine).toHaveCount(1);
  const yourActions = page.getByRole("region", { name: "Your actions", exact: true });
  await expect(yourActions.getByText(journey.actionText, { exact: true })).toBeVisible();
  await expectAccessible(page);

  await mine.getByRole("link", { name: /^Read and respond/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback to the assessor (RD07)" })).toBeVisible();
  const feedback = page.getByRole("region", { name: "Feedback", exact: true });
  await expect(feedback.getByText(journey.feedbackText)).toBeVisible();
  await expect(feedback.getByText("Agree with action", { exact: true })).toBeVisible();
  await expect(feedback.getByRole("link", { name: `${units.retention.title} (${units.retention.urn})` })).toBeVisible();
  await expect(feedback.getByText("Not yet acknowledged")).toBeVisible();
  await expectAccessible(page);

  const response = "Thanks Ravi. I will record Aisha's answers in her own words in the discussion notes from now on.";
  await page.getByLabel("Your response").fill(response);
  await page.getByRole("button", { name: "Acknowledge and send response" }).click();
  await expect(feedback.getByText(/^Acknowledged and responded /)).toBeVisible();
  await expect(feedback.getByText(response)).toBeVisible();
  await expect(page.getByLabel("Your response")).toHaveCount(0);
  await expectAccessible(page);

  const actionsCard = page.getByRole("region", { name: "Actions", exact: true });
  await expect(actionsCard.getByText("1 open, 0 done.")).toBeVisible();
  await actionsCard.locator("summary", { hasText: "Mark as done" }).click();
  const note = "Added Aisha's answers, in her words, to the discussion notes for 3.1–3.3.";
  const complete = actionsCard.getByRole("form", { name: `Complete: ${journey.actionText}` });
  await complete.getByLabel("What you did").fill(note);
  await complete.getByRole("button", { name: "Mark as done" }).click();
  await expect(actionsCard.getByText(note)).toBeVisible();
  await expect(actionsCard.getByText("0 open, 1 done.")).toBeVisible();
  await expectAccessible(page);
});

test("the IQA sees the response and countersigns the sampled version with their password", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, iqaJourney.iqa);
  await open(page, journey.agreeItem, `Sampling: ${units.retention.title}`);
  const record = page.getByRole("region", { name: "Sampling record (RD11)", exact: true });
  await expect(record.getByText(`Acknowledged ${shownDay()}.`)).toBeVisible();
  await expect(record.getByText(`${journey.actionText} · due ${shownDay(14)} · done`)).toBeVisible();

  const countersignature = page.getByRole("region", { name: "IQA countersignature", exact: true });
  const form = countersignature.getByRole("form", { name: "Countersign as IQA" });
  const version = (await form.getByText(/^You sign version \d+ of the decision record/).innerText()).match(/version (\d+)/)![1];
  await expectAccessible(page);
  // A wrong password is refused next to the field, and nothing is signed.
  await form.getByLabel("Your password").fill("not my password");
  await form.getByRole("button", { name: "Countersign as IQA" }).click();
  await expect(form.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("That is not your password. Signing needs the password you sign in with.")).toBeVisible();
  await expect(countersignature.getByText("No IQA has countersigned this decision.")).toBeVisible();
  await form.getByLabel("Your password").fill(password);
  await form.getByRole("button", { name: "Countersign as IQA" }).click();
  await expect(page.getByText(`Version ${version} of the decision countersigned as IQA.`)).toBeVisible();
  await expect(countersignature.getByText(`Version ${version} countersigned by Ravi Kapoor as IQA on ${shownDay()}`)).toBeVisible();
  await expect(countersignature.getByRole("form", { name: "Countersign as IQA" })).toHaveCount(0);
  // The version's own signatures list the IQA's, valid for that version only.
  await expect(
    page
      .getByRole("region", { name: "Versions and signatures", exact: true })
      .getByText(`Internal quality assurer: Ravi Kapoor, ${shownDay()} · valid for version ${version} only`),
  ).toBeVisible();
  await expectAccessible(page);

  // The unit's own page says so too, against the version signed; the unit can be claimed.
  await page
    .getByRole("region", { name: "The assessment decision (RD10)", exact: true })
    .getByRole("link", { name: `${units.retention.urn} ${units.retention.title}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: units.retention.title })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Decisions", exact: true });
  await expect(decisions.getByText(`Countersigned by the IQA: Ravi Kapoor, ${shownDay()} (version ${version})`)).toBeVisible();
  await expect(decisions.getByRole("link", { name: `IQA sampling on ${shownDay()} by Ravi Kapoor: Agree with action` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Certificate claim", exact: true }).getByText(/^✓? ?Can be claimed$/)).toBeVisible();
  await expectAccessible(page);
});

test('"disagree" reopens the unit for the assessor with the reasons, and the unit cannot be claimed', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, iqaJourney.iqa);
  await open(page, journey.currentPlan, /^Sampling plan: /);
  const { candidate } = iqaJourney.disagree;
  await page.getByRole("link", { name: itemLink(candidate, units.complaints.urn) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sampling: ${units.complaints.title}` })).toBeVisible();
  journey.disagreeItem = new URL(page.url()).pathname;
  await expectAccessible(page);

  const reasons =
    "2.6 is not shown: the observation record says a call-back was booked, not how the customer was kept informed. Observe or question Lewis on it before signing off.";
  const form = page.getByRole("form", { name: "Record the sampling" });
  await form.getByRole("radio", { name: "Disagree" }).check();
  await form.getByLabel("Rationale").fill(reasons);
  // Disagree needs feedback to the assessor: refused next to it first.
  await form.getByRole("button", { name: "Record the sampling" }).click();
  await expect(form.getByLabel("Feedback to Hannah Lewis (RD07)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Write your feedback to the assessor (RD07): what they must do differently.")).toBeVisible();
  await form
    .getByLabel("Feedback to Hannah Lewis (RD07)")
    .fill("As agreed at standardisation, a booked call-back is not keeping the customer informed (2.6). I have reopened the decision.");
  await form.getByRole("button", { name: "Record the sampling" }).click();
  await expect(page.getByText("Sampling recorded: the decision is reopened for the assessor.")).toBeVisible();
  const rd10 = page.getByRole("region", { name: "The assessment decision (RD10)", exact: true });
  await expect(rd10.getByText("Reopened", { exact: true })).toBeVisible();
  await expect(rd10.getByText(`Reopened on ${shownDay()} after the IQA disagreed: ${reasons}`)).toBeVisible();
  // A disagreed decision is not countersigned.
  await expect(page.getByRole("region", { name: "IQA countersignature", exact: true }).getByRole("form")).toHaveCount(0);
  await expectAccessible(page);

  // The assessor: from her RD07 to the unit, reopened with the reasons; it cannot be claimed.
  await switchTo(page, iqaJourney.assessor);
  await open(page, "/iqa-feedback", "IQA feedback");
  await page
    .getByRole("list", { name: "Waiting for your response" })
    .getByRole("listitem")
    .filter({ hasText: "I have reopened the decision." })
    .getByRole("link", { name: /^Read and respond/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback to the assessor (RD07)" })).toBeVisible();
  await expect(page.getByText("Disagree", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: `${units.complaints.title} (${units.complaints.urn})` }).click();
  await expect(page.getByRole("heading", { level: 1, name: units.complaints.title })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Decisions", exact: true });
  await expect(decisions.getByText("Reopened", { exact: true })).toBeVisible();
  await expect(decisions.getByText(`Reopened on ${shownDay()} after the IQA disagreed: ${reasons}`)).toBeVisible();
  await expect(decisions.getByText(/It does not count until you change it \(“Change this decision”\) and sign it again\./)).toBeVisible();
  const claim = page.getByRole("region", { name: "Certificate claim", exact: true });
  await expect(claim.getByText("This unit cannot be claimed yet:")).toBeVisible();
  await expect(
    claim.getByRole("listitem").filter({
      hasText: `IQA disagreed on ${isoDayFromNow(0)}: ${reasons} The assessor must change the decision and sign it again before the unit can be claimed.`,
    }),
  ).toBeVisible();
  await expect(claim.getByText(/^✓? ?Can be claimed$/)).toHaveCount(0);
  await expectAccessible(page);
});

test("the standardisation page compares a closed exercise's judgements side by side", async ({ page }) => {
  await signIn(page, iqaJourney.iqa);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Standardisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Standardisation" })).toBeVisible();
  await expectAccessible(page);
  const title = "Billing complaint observation: is outcome 2 met?";
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Hannah Lewis judged 2.6 met; Sam Okafor, Ravi Kapoor and the agreed judgement did not.
  const compared = page.getByRole("region", { name: "Judgements compared", exact: true });
  const table = compared.getByRole("table", { name: "Judgements compared criterion by criterion, with the agreed judgement" });
  for (const name of ["Hannah Lewis", "Sam Okafor", "Ravi Kapoor", "Agreed judgement"]) {
    await expect(table.getByRole("columnheader", { name })).toBeVisible();
  }
  const criterion26 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^2\.6 / }) });
  const cells = criterion26.getByRole("cell");
  await expect(cells.filter({ hasText: /^✓ Met\s*Differs$/ })).toHaveCount(1);
  await expect(cells.filter({ hasText: /^✗ Not met$/ })).toHaveCount(3);
  await expect(cells.last()).toHaveText("1 of 3");
  const outcomes = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Outcome" }) })
    .getByRole("cell");
  await expect(outcomes.filter({ hasText: /^Achieved$/ })).toHaveCount(1);
  await expect(outcomes.filter({ hasText: /^Not yet achieved$/ })).toHaveCount(3);
  await expect(compared.getByText("Hannah Lewis (Achieved):")).toBeVisible();
  await expect(compared.getByText(/^Not consistent: Hannah Lewis differs on 2\.6/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Agreed judgement", exact: true })).toContainText("Not yet achieved");
  await expect(page.getByRole("region", { name: "Risk ratings changed after this exercise", exact: true })).toContainText(
    "Hannah Lewis: Medium risk",
  );
  // A closed exercise takes no more judgements.
  await expect(page.getByRole("form", { name: "Record your judgement" })).toHaveCount(0);
  await expectAccessible(page);
});
