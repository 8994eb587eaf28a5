import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

// Which Chromium the end-to-end tests drive, so that `npm test` works on a fresh machine: the
// one named by CHROMIUM_PATH, a system Chromium (Debian's package), or Playwright's own
// download; when there is none, one is installed, or the run stops with the command to run.

export const systemChromiumPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];

export type BrowserSituation = {
  chromiumPathSetting?: string;
  existing: (path: string) => boolean;
  playwrightChromium: string | null;
  isRoot: boolean;
  isDebian: boolean;
};

export type BrowserPlan =
  | { kind: "use"; executablePath: string | undefined; source: string }
  | { kind: "install"; how: "apt" | "playwright"; command: string }
  | { kind: "fail"; message: string };

const howToInstall =
  "No Chromium found for the end-to-end tests. Install one with `sudo apt-get install chromium` (Debian, Ubuntu) " +
  "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.";

/** What to do, given what this machine has. Pure, so every branch is tested. */
export function planBrowser(situation: BrowserSituation, options: { mayInstall: boolean }): BrowserPlan {
  if (situation.chromiumPathSetting) {
    if (situation.existing(situation.chromiumPathSetting))
      return { kind: "use", executablePath: situation.chromiumPathSetting, source: "CHROMIUM_PATH" };
    return { kind: "fail", message: `CHROMIUM_PATH is ${situation.chromiumPathSetting}, which does not exist.` };
  }
  const system = systemChromiumPaths.find((p) => situation.existing(p));
  if (system) return { kind: "use", executablePath: system, source: "the system's Chromium" };
  if (situation.playwrightChromium && situation.existing(situation.playwrightChromium)) {
    // Playwright finds its own download by itself.
    return { kind: "use", executablePath: undefined, source: "Playwright's Chromium" };
  }
  if (!options.mayInstall) return { kind: "fail", message: howToInstall };
  if (situation.isRoot && situation.isDebian)
    return {
      kind: "install",
      how: "apt",
      command: "DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    };
  return { kind: "install", how: "playwright", command: "npx playwright install chromium" };
}

export function currentSituation(): BrowserSituation {
  let playwrightChromium: string | null = null;
  try {
    playwrightChromium = chromium.executablePath();
  } catch {
    playwrightChromium = null;
  }
  const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  return {
    chromiumPathSetting: process.env.CHROMIUM_PATH || undefined,
    existing: existsSync,
    playwrightChromium,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync("/etc/debian_version") || /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(osRelease),
  };
}

/** For playwright.config.ts: the browser to launch, without installing anything. */
export function locateBrowser(): string | undefined {
  const plan = planBrowser(currentSituation(), { mayInstall: false });
  return plan.kind === "use" ? plan.executablePath : undefined;
}

/** For the test runner: a browser to launch, installing one when the machine has none. */
export function ensureBrowser(
  log: (line: string) => void = console.log,
): { ok: true; executablePath: string | undefined } | { ok: false; message: string } {
  let plan = planBrowser(currentSituation(), { mayInstall: true });
  if (plan.kind === "install") {
    log(`No Chromium found: installing one (${plan.command}). This takes a minute or two, once.`);
    const installed = spawnSync("sh", ["-c", plan.command], { stdio: "inherit" });
    if (installed.status !== 0) return { ok: false, message: `${plan.command} failed. ${howToInstall}` };
    plan = planBrowser(currentSituation(), { mayInstall: false });
  }
  if (plan.kind === "fail") return { ok: false, message: plan.message };
  if (plan.kind === "install") return { ok: false, message: howToInstall };
  log(`End-to-end tests use ${plan.source}${plan.executablePath ? ` (${plan.executablePath})` : ""}.`);
  return { ok: true, executablePath: plan.executablePath };
}
