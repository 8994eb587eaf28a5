import { describe, expect, it } from "vitest";
import { planBrowser, type BrowserSituation } from "./browser";

function situation(overrides: Partial<BrowserSituation> & { files?: string[] } = {}): BrowserSituation {
  const files = new Set(overrides.files ?? []);
  return { existing: (p) => files.has(p), playwrightChromium: null, isRoot: false, isDebian: false, ...overrides };
}

describe("choosing the end-to-end tests' browser", () => {
  it("uses CHROMIUM_PATH when it exists, and says so when it does not", () => {
    expect(planBrowser(situation({ chromiumPathSetting: "/opt/chrome", files: ["/opt/chrome"] }), { mayInstall: true })).toEqual({
      kind: "use",
      executablePath: "/opt/chrome",
      source: "CHROMIUM_PATH",
    });
    expect(planBrowser(situation({ chromiumPathSetting: "/opt/none" }), { mayInstall: true })).toMatchObject({
      kind: "fail",
      message: expect.stringMatching(/does not exist/),
    });
  });

  it("prefers the system's Chromium, then Playwright's own", () => {
    expect(
      planBrowser(situation({ files: ["/usr/bin/chromium", "/pw/chrome"], playwrightChromium: "/pw/chrome" }), { mayInstall: true }),
    ).toMatchObject({
      executablePath: "/usr/bin/chromium",
    });
    expect(planBrowser(situation({ files: ["/pw/chrome"], playwrightChromium: "/pw/chrome" }), { mayInstall: true })).toEqual({
      kind: "use",
      executablePath: undefined,
      source: "Playwright's Chromium",
    });
  });

  it("installs Debian's Chromium as root on Debian, otherwise Playwright's", () => {
    expect(planBrowser(situation({ isRoot: true, isDebian: true }), { mayInstall: true })).toMatchObject({ kind: "install", how: "apt" });
    expect(planBrowser(situation({ isRoot: false, isDebian: true }), { mayInstall: true })).toMatchObject({
      kind: "install",
      how: "playwright",
    });
    expect(planBrowser(situation({ isRoot: true, isDebian: false }), { mayInstall: true })).toMatchObject({
      kind: "install",
      how: "playwright",
    });
  });

  it("without permission to install, names the one command to run", () => {
    expect(planBrowser(situation(), { mayInstall: false })).toMatchObject({
      kind: "fail",
      message: expect.stringMatching(/apt-get install chromium.*npx playwright install chromium/),
    });
  });
});
