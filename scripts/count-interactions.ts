// Benchmark (not a test): how many user interactions it takes to record an observation on a
// phone. Starts the built app (`npm run build` first) on 127.0.0.1 with its own throwaway
// PostgreSQL and the demo seed, adds what the run needs (a candidate allocated to a demo assessor,
// criteria for two units if the seed has none), signs in as that assessor in a 390 px wide Chromium
// and, from the open /record page, records an observation covering 6 criteria of 2 units with a
// photo and feedback. Every click, whole-field fill, selection and file choice counts as one
// interaction (signing in and opening the page do not). Prints each step and the total against
// the target of 12 or fewer; exits 1 if the recording failed or the target is missed.
// Run with `npm run bench:interactions`. Settings: BENCH_PORT (3600), ASSAY_TEST_PG_PORT, CHROMIUM_PATH.
import type { ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { chromium, type Browser, type Locator } from "@playwright/test";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";
import { ensureBrowser } from "./lib/browser";
import { startBuiltApp, stopApp, waitForApp } from "./lib/app-server";
import { runMain } from "./lib/run-main";
import { prepareThrowawayApp } from "./lib/throwaway-app";
import { demoPassword } from "./seed/demo-data";

const port = Number(process.env.BENCH_PORT ?? 3600);
const origin = `http://127.0.0.1:${port}`;
const target = 12;
const assessorEmail = "grace.mensah@northgate.example";
const candidateName = "Interaction Count Candidate";
/** Units of the OCR diploma whose criteria the demo world holds (lib/qualifications/ocr-10380-assessment-criteria.ts). */
const unitUrns = ["R/506/2151", "J/506/2910"];
// A real 1×1 PNG: the upload sniffs the content, so it must be a picture.
const photo = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

let cluster = null as ThrowawayCluster | null;
let server = null as ChildProcess | null;
let browser = null as Browser | null;
const stopAll = async () => {
  await browser?.close().catch(() => undefined);
  await stopApp(server);
  await cluster?.dispose();
};

/** Makes sure the run has what it records against: the assessor's own candidate and 3 criteria in each of 2 units. */
async function prepareData(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { getPrisma } = await import("../lib/db/client");
  const db = getPrisma();
  const assessor = await db.user.findUniqueOrThrow({ where: { email: assessorEmail } });
  const membership = await db.membership.findFirstOrThrow({ where: { userId: assessor.id, role: "ASSESSOR", status: "ACTIVE" } });
  const qualification = await db.qualification.findFirstOrThrow({ where: { units: { some: { urn: unitUrns[0] } } } });
  const criteria: string[] = [];
  await db.$transaction(async (tx) => {
    for (const urn of unitUrns) {
      const unit = await tx.unit.findFirstOrThrow({ where: { qualificationId: qualification.id, urn } });
      let rows = await tx.assessmentCriterion.findMany({
        where: { unitId: unit.id, centreId: null },
        orderBy: { position: "asc" },
        take: 3,
      });
      if (rows.length < 3) {
        const outcome = await tx.learningOutcome.create({
          data: { unitId: unit.id, ref: "9", title: "Interaction count outcome", position: 99 },
        });
        rows = [];
        for (const n of [1, 2, 3]) {
          rows.push(
            await tx.assessmentCriterion.create({
              data: {
                unitId: unit.id,
                learningOutcomeId: outcome.id,
                ref: `9.${n}`,
                text: `Interaction count criterion ${n}`,
                position: 90 + n,
              },
            }),
          );
        }
      }
      criteria.push(...rows.map((row) => row.id));
    }
    const existing = await tx.candidate.findFirst({ where: { centreId: membership.centreId, name: candidateName } });
    if (!existing) {
      await tx.candidate.create({
        data: {
          centreId: membership.centreId,
          name: candidateName,
          email: "interaction.count@learners.example",
          dateOfBirth: new Date("2001-04-02"),
          qualificationId: qualification.id,
          entryType: "FULL_AWARD",
          entryUnitIds: [],
          startDate: new Date("2026-09-01"),
          employer: "Northgate Energy",
          workplace: "Northgate Energy contact centre",
          assessorUserId: assessor.id,
        },
      });
    }
  });
  await db.$disconnect();
  return { centreId: membership.centreId, criteria };
}

async function main(): Promise<number> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  const found = ensureBrowser();
  if (!found.ok) {
    console.error(found.message);
    return 1;
  }
  console.log(`Build from ${statSync(".next/BUILD_ID").mtime.toISOString()}; starting PostgreSQL and the app on ${origin}…`);
  cluster = await startThrowawayCluster("bench-interactions");
  const env = await prepareThrowawayApp(cluster, { origin });
  const { centreId, criteria } = await prepareData(env.DATABASE_URL!);
  server = startBuiltApp(port, env);
  await waitForApp(server, `${origin}/sign-in`, 60_000);

  browser = await chromium.launch({ executablePath: found.executablePath });
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();

  // Not counted: signing in (once a day) and opening the page (a bookmark or the menu).
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(assessorEmail);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  // A person in more than one centre works in the one the candidate belongs to.
  await page.context().addCookies([{ name: "assay-workspace", value: `centre:${centreId}`, url: origin }]);
  await page.goto("/record");
  await page.getByRole("heading", { level: 1, name: "Record an activity" }).waitFor();

  const steps: string[] = [];
  const count = async (what: string, act: () => Promise<unknown>) => {
    await act();
    steps.push(what);
    console.log(`  ${String(steps.length).padStart(2)}. ${what}`);
  };
  const tick = (locator: Locator) => locator.check();

  console.log("\nRecording an observation (6 criteria of 2 units, a photo, feedback) at 390 px:");
  const candidateSelect = page.getByLabel("Candidate", { exact: true });
  const candidateValue = await candidateSelect
    .locator("option")
    .filter({ hasText: new RegExp(`^${candidateName}`) })
    .first()
    .getAttribute("value");
  await count(`select the candidate (${candidateName}); method, date and place keep their defaults`, () =>
    candidateSelect.selectOption(candidateValue!),
  );
  await count("type what happened", () =>
    page.getByLabel("What happened").fill("Observed a billing complaint call from greeting to resolution, then the follow-up email."),
  );
  for (const [index, id] of criteria.entries()) {
    await count(`tick criterion ${index + 1} of 6 (unit ${index < 3 ? unitUrns[0] : unitUrns[1]})`, () =>
      tick(page.locator(`input[data-criterion-id="${id}"]`)),
    );
  }
  const chooser = page.waitForEvent("filechooser");
  await count("tap Take a photo", () => page.getByRole("button", { name: "Take a photo" }).click());
  await count("take the photo (file choice)", async () =>
    (await chooser).setFiles({ name: "observation.png", mimeType: "image/png", buffer: photo }),
  );
  await page.getByText(/uploaded$/).waitFor();
  await count("type what is needed next (what was achieved is filled in from the ticked criteria)", () =>
    page.getByLabel("What is needed next").fill("Show how you would escalate a complaint you cannot resolve (next observation)."),
  );
  await count("tap Record activity", () => page.getByRole("button", { name: "Record activity" }).click());

  await page.waitForURL(/\/candidates\/[^/]+\/activities\/[^/]+$/, { timeout: 20_000 }).catch(() => undefined);
  const recorded = /\/activities\/[^/]+$/.test(new URL(page.url()).pathname);
  if (!recorded) {
    const alert = await page.getByRole("alert").allTextContents();
    console.error(`\nThe activity was not recorded. ${alert.join(" ")}`);
    return 1;
  }
  const criteriaShown = await page.locator("li", { hasText: "How it was met:" }).count();
  const photoShown = await page.getByText("observation.png").count();
  const feedbackShown = await page.getByText("Show how you would escalate").count();
  console.log(
    `\nRecorded: ${criteriaShown} criteria, ${photoShown > 0 ? "the photo" : "NO photo"}, ${feedbackShown > 0 ? "feedback" : "NO feedback"}.`,
  );
  const total = steps.length;
  console.log(`Interactions: ${total} (target: ${target} or fewer) ${total <= target ? "— met" : "— missed"}`);
  return total <= target && criteriaShown === 6 && photoShown > 0 && feedbackShown > 0 ? 0 : 1;
}

await runMain(main, stopAll);
