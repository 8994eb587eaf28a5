import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmdirSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { commandEnv } from "../lib/child-process";

// The production build bench:http measures, and the lock it holds while building and serving it.
// The build is of the last commit, made in a snapshot of it (git archive) outside the checkout: what
// is measured is what was committed, never someone's half-saved file, and the checkout's own .next
// (the end-to-end tests') is left alone. node_modules are hard links to the checkout's (no copy of
// 1 GB; a build writes new files, never into existing ones). The snapshot is rebuilt only when the
// app's sources changed in a later commit.

/** What the production build is made from: a change to any of these means a new build. */
const APP_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "types",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

export function benchBuildDir(): string {
  return path.join(os.tmpdir(), "assay-bench-app");
}

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

/** The directory holding a production build of HEAD, building it first when needed. */
export async function buildOfHead(log: (message: string) => void): Promise<string> {
  const dir = benchBuildDir();
  const head = git("rev-parse", "HEAD");
  // The app is rebuilt when what it is built from changed (not for a commit to scripts/ or tests/).
  const sources = createHash("sha256")
    .update(git("ls-tree", head, "--", ...APP_SOURCES))
    .digest("hex");
  const stamp = path.join(dir, ".bench-sources");
  const built = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : null;
  if (built === sources && existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    log(`Using the build in ${dir} (the app's sources are as at ${head.slice(0, 7)}).`);
    return dir;
  }
  log(`Building ${head.slice(0, 7)} (${git("log", "-1", "--format=%s", head).slice(0, 70)}…) in ${dir}…`);
  // Keep Next's build cache between commits; everything else is the commit's.
  const cache = path.join(os.tmpdir(), "assay-bench-next-cache");
  await fs.rm(cache, { recursive: true, force: true });
  if (existsSync(path.join(dir, ".next", "cache"))) await fs.rename(path.join(dir, ".next", "cache"), cache);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive --format=tar ${head} | tar -x -C "${dir}"`]);
  execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")]);
  if (existsSync(cache)) {
    await fs.mkdir(path.join(dir, ".next"), { recursive: true });
    await fs.rename(cache, path.join(dir, ".next", "cache"));
  }
  const inDir = (command: string, args: string[]) =>
    new Promise<number>((resolve, reject) => {
      const env = { ...commandEnv(), PATH: `${path.join(dir, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` };
      const child = spawn(command, args, { cwd: dir, env, stdio: "inherit" });
      child.once("error", reject);
      child.once("exit", (code) => resolve(code ?? 1));
    });
  if ((await inDir("npm", ["run", "--silent", "db:generate"])) !== 0) throw new Error("Generating the Prisma client for the build failed.");
  if ((await inDir("next", ["build"])) !== 0) throw new Error(`next build of ${head.slice(0, 7)} failed.`);
  await fs.writeFile(stamp, `${sources}\n`);
  return dir;
}

export const E2E_LOCK = "/tmp/assay-e2e.lock";

/** Waits for the build-and-serve lock (a directory: mkdir is atomic), polling every 5 s. */
export async function takeLock(dir: string, log: (message: string) => void, timeoutMs = 30 * 60_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (Date.now() > deadline) throw new Error(`${dir} is still held after ${timeoutMs / 60_000} minutes; giving up.`);
    if (!told) log(`Waiting for ${dir} (someone is building or running the app)…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}
