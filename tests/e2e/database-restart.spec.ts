import fs from "node:fs/promises";
import path from "node:path";
import { e2eStateFile } from "../../scripts/lib/e2e-state";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-page";
import { expect, test } from "./support";

// Kills the PostgreSQL under the running app (SIGKILL to the postmaster, as a crash or the OOM
// killer would) and watches the app say so, then recover by itself once the e2e server's
// supervisor has restarted it. The database is down for everyone meanwhile, so this spec runs
// alone, after every other one (playwright.config.ts: the "database-restart" project).

async function killPostmaster(): Promise<number> {
  const { postgresDataDir } = JSON.parse(await fs.readFile(e2eStateFile(), "utf8")) as { postgresDataDir: string };
  const pid = Number((await fs.readFile(path.join(postgresDataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  process.kill(pid, "SIGKILL");
  return pid;
}

test("when its database is killed, the app reports it down, answers pages with a plain 503, and recovers once it is restarted", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  expect((await request.get("/api/health")).status()).toBe(200);

  await killPostmaster();
  // Health and a page, asked at the same moment, until both say the database is down.
  await expect
    .poll(
      async () => {
        const [health, signIn] = await Promise.all([request.get("/api/health"), request.get("/sign-in")]);
        const said =
          signIn.status() === 503 && (await signIn.text()).includes(DATABASE_UNAVAILABLE_MESSAGE) ? "unavailable page" : signIn.status();
        return { health: health.status() === 503 ? (await health.json()).status : health.status(), signIn: said };
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toEqual({ health: "down", signIn: "unavailable page" });

  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 60_000, intervals: [250] }).toBe(200);
  expect(await (await request.get("/api/health")).json()).toMatchObject({ status: "ok", database: "up" });

  // The same app, not restarted, serves pages again.
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(DATABASE_UNAVAILABLE_MESSAGE)).toHaveCount(0);
});
