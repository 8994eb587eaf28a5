import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { AuditSettings } from "./audit-settings";
import { checkpointSignatureMatches, signCheckpoint, type ChainPoint } from "./hash-chain";

// Checkpoints are files outside the database, signed with the audit key, so that someone who can
// rewrite the database can neither remove the newest entries of a chain nor pass off entries of
// their own as written before the key existed (docs/decisions/0002). Layout:
//   <anchorDir>/<database>/chains/<chain>/<sequence, 12 digits>.json   a chain's head (anchor)
//   <anchorDir>/<database>/chains/<chain>/break-<sequence>.json           a break found when writing
//   <anchorDir>/<database>/legacy-seal.json                            unkeyed entries, sealed once
// A head file is never overwritten: each write adds the file of its own sequence and removes
// lower ones, so the newest head is the highest file and concurrent writers (several processes,
// commits finishing out of order) can never move it backwards. Not marked server-only: the seed
// and the launcher use it too.

export type CheckpointRead<T> = { status: "none" } | { status: "valid"; checkpoint: T } | { status: "invalid"; reason: string };

export type LegacySeal = Record<string, { sequence: number; hash: string }>;

const headFile = /^(\d{12})\.json$/;

/** A directory name for a database or chain name: itself when plainly safe, otherwise its digest. */
function safeName(name: string): string {
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/.test(name) ? name : `h-${createHash("sha256").update(name).digest("hex").slice(0, 40)}`;
}

function databaseDir(settings: AuditSettings): string {
  return path.join(settings.anchorDir, safeName(settings.database));
}

function chainDir(settings: AuditSettings, chain: string): string {
  return path.join(databaseDir(settings), "chains", safeName(chain));
}

async function headSequences(dir: string): Promise<number[]> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  return names.flatMap((name) => {
    const match = headFile.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

/** Writes `content` to `file` through a temporary file, so that readers never see half of it. */
async function writeAtomically(file: string, content: string, mode: "replace" | "create-once"): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await fs.open(temporary, "wx", 0o600);
  try {
    await handle.writeFile(content);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  try {
    if (mode === "replace") {
      await fs.rename(temporary, file);
    } else {
      // link() fails when the file exists: a second writer never replaces the first one's file.
      await fs.link(temporary, file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
    }
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

function headPayload(settings: AuditSettings, point: ChainPoint) {
  return { kind: "head", database: settings.database, chain: point.chain, sequence: point.sequence, hash: point.hash };
}

/** Records a chain's head after the entry at that head has committed; never moves a head backwards. */
export async function writeChainHead(settings: AuditSettings, point: ChainPoint): Promise<void> {
  const dir = chainDir(settings, point.chain);
  if ((await headSequences(dir)).some((sequence) => sequence >= point.sequence)) return;
  const payload = headPayload(settings, point);
  const file = path.join(dir, `${String(point.sequence).padStart(12, "0")}.json`);
  await writeAtomically(file, `${JSON.stringify({ ...payload, signature: signCheckpoint(settings.key, payload) })}\n`, "replace");
  const sequences = await headSequences(dir);
  const newest = Math.max(...sequences);
  for (const sequence of sequences.filter((s) => s < newest)) {
    await fs.rm(path.join(dir, `${String(sequence).padStart(12, "0")}.json`), { force: true });
  }
}

/** The newest head recorded for a chain. Read it before the chain's entries: heads are written after commit. */
export async function readChainHead(settings: AuditSettings, chain: string): Promise<CheckpointRead<{ sequence: number; hash: string }>> {
  const dir = chainDir(settings, chain);
  for (let attempt = 1; ; attempt++) {
    const sequences = await headSequences(dir);
    if (sequences.length === 0) return { status: "none" };
    const sequence = Math.max(...sequences);
    let text: string;
    try {
      text = await fs.readFile(path.join(dir, `${String(sequence).padStart(12, "0")}.json`), "utf8");
    } catch (error) {
      // A newer head was written and this one removed between listing and reading: look again.
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && attempt < 5) continue;
      throw error;
    }
    const stored = parseJson(text) as Partial<ChainPoint & { database: string; signature: string }> | null;
    const point = { chain, sequence, hash: String(stored?.hash ?? "") };
    if (
      stored?.sequence !== sequence ||
      stored.chain !== chain ||
      stored.database !== settings.database ||
      typeof stored.signature !== "string" ||
      !checkpointSignatureMatches(settings.key, headPayload(settings, point), stored.signature)
    ) {
      return { status: "invalid", reason: "The checkpoint kept for this trail is not signed with this installation's audit key." };
    }
    return { status: "valid", checkpoint: { sequence, hash: point.hash } };
  }
}

export type ChainBreak = {
  /** The checkpoint the database no longer matched. */
  anchoredSequence: number;
  /** The newest entry the database held when the break was found (0 for none). */
  foundSequence: number;
  /** "removed": the entries after foundSequence are gone; "changed": the anchored entry differs. */
  kind: "removed" | "changed";
};

function breakPayload(settings: AuditSettings, chain: string, found: ChainBreak) {
  return { record: "break", database: settings.database, chain, ...found };
}

/**
 * Records, once and for good, that a chain no longer matched its checkpoint when an entry was
 * about to be added. New entries would otherwise link onto the shortened chain and, as the head
 * moved past the old checkpoint, hide the removal; this file keeps the trail reported as broken.
 */
export async function writeChainBreak(settings: AuditSettings, chain: string, found: ChainBreak): Promise<void> {
  const payload = breakPayload(settings, chain, found);
  const file = path.join(chainDir(settings, chain), `break-${String(found.anchoredSequence).padStart(12, "0")}.json`);
  await writeAtomically(file, `${JSON.stringify({ ...payload, signature: signCheckpoint(settings.key, payload) })}\n`, "create-once");
}

/** Breaks recorded for a chain, oldest first; a file whose signature does not match counts as a break too. */
export async function readChainBreaks(settings: AuditSettings, chain: string): Promise<ChainBreak[]> {
  const dir = chainDir(settings, chain);
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const breaks: ChainBreak[] = [];
  for (const name of names.filter((n) => /^break-\d{12}\.json$/.test(n)).sort()) {
    const stored = parseJson(await fs.readFile(path.join(dir, name), "utf8")) as Partial<ChainBreak & { signature: string }> | null;
    const found: ChainBreak = {
      anchoredSequence: Number(stored?.anchoredSequence ?? 0),
      foundSequence: Number(stored?.foundSequence ?? 0),
      kind: stored?.kind === "changed" ? "changed" : "removed",
    };
    const signed =
      typeof stored?.signature === "string" &&
      checkpointSignatureMatches(settings.key, breakPayload(settings, chain, found), stored.signature);
    breaks.push(signed ? found : { ...found, kind: "changed" });
  }
  return breaks;
}

function sealFile(settings: AuditSettings): string {
  return path.join(databaseDir(settings), "legacy-seal.json");
}

function sealPayload(settings: AuditSettings, chains: LegacySeal) {
  return { kind: "legacy-seal", database: settings.database, chains };
}

/**
 * Seals the unkeyed (plain SHA-256) entries the database holds the first time it is opened with an
 * audit key: each chain's last such entry. Written once and never replaced, so unkeyed entries
 * added later are not accepted. An empty seal is written too: it says there were none.
 */
export async function writeLegacySeal(settings: AuditSettings, chains: LegacySeal): Promise<void> {
  const payload = sealPayload(settings, chains);
  await writeAtomically(
    sealFile(settings),
    `${JSON.stringify({ ...payload, signature: signCheckpoint(settings.key, payload) }, null, 2)}\n`,
    "create-once",
  );
}

export async function readLegacySeal(settings: AuditSettings): Promise<CheckpointRead<LegacySeal>> {
  let text: string;
  try {
    text = await fs.readFile(sealFile(settings), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "none" };
    throw error;
  }
  const stored = parseJson(text) as { database?: unknown; chains?: unknown; signature?: unknown } | null;
  const chains = (stored?.chains ?? null) as LegacySeal | null;
  if (
    !chains ||
    typeof chains !== "object" ||
    stored?.database !== settings.database ||
    typeof stored.signature !== "string" ||
    !checkpointSignatureMatches(settings.key, sealPayload(settings, chains), stored.signature)
  ) {
    return {
      status: "invalid",
      reason: "The record of entries written before entries were signed is not signed with this installation's audit key.",
    };
  }
  return { status: "valid", checkpoint: chains };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
