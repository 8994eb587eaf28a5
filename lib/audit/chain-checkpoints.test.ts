import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditSettings } from "./audit-settings";
import { readChainHead, readLegacySeal, writeChainHead, writeLegacySeal } from "./chain-checkpoints";
import { deriveAuditKey } from "./hash-chain";

// The checkpoint files themselves, in a temporary directory of their own.
let dir: string;
let settings: AuditSettings;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-checkpoints-"));
  settings = { key: deriveAuditKey("k".repeat(32)), anchorDir: dir, database: "assay" };
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const point = (sequence: number) => ({ chain: "centre-1", sequence, hash: `hash-${sequence}` });

describe("audit chain checkpoints", () => {
  it("a chain with no checkpoint has none", async () => {
    expect(await readChainHead(settings, "centre-1")).toEqual({ status: "none" });
  });

  it("keeps the newest head and never moves it backwards, whatever order writers finish in", async () => {
    await writeChainHead(settings, point(3));
    await writeChainHead(settings, point(2));
    expect(await readChainHead(settings, "centre-1")).toEqual({ status: "valid", checkpoint: { sequence: 3, hash: "hash-3" } });
    await Promise.all([9, 4, 7, 5, 8, 6].map((sequence) => writeChainHead(settings, point(sequence))));
    expect(await readChainHead(settings, "centre-1")).toEqual({ status: "valid", checkpoint: { sequence: 9, hash: "hash-9" } });
    // Older heads are removed; no temporary file is left behind.
    const files = await fs.readdir(path.join(dir, "assay", "chains", "centre-1"));
    expect(files).toEqual(["000000000009.json"]);
    expect(((await fs.stat(path.join(dir, "assay", "chains", "centre-1", files[0]!))).mode & 0o777).toString(8)).toBe("600");
  });

  it("keeps each database's and each chain's checkpoints apart", async () => {
    await writeChainHead(settings, point(5));
    expect(await readChainHead({ ...settings, database: "other" }, "centre-1")).toEqual({ status: "none" });
    expect(await readChainHead(settings, "centre-2")).toEqual({ status: "none" });
    // A chain name that is not a plain file name is stored under its digest.
    await writeChainHead(settings, { chain: "../escape", sequence: 1, hash: "x" });
    expect(await readChainHead(settings, "../escape")).toMatchObject({ status: "valid" });
    expect(await fs.readdir(dir)).toEqual(["assay"]);
  });

  it("reports a head that was edited, copied from another chain or signed with another key", async () => {
    await writeChainHead(settings, point(5));
    const file = path.join(dir, "assay", "chains", "centre-1", "000000000005.json");
    const stored = JSON.parse(await fs.readFile(file, "utf8"));
    await fs.writeFile(file, JSON.stringify({ ...stored, hash: "forged" }));
    expect(await readChainHead(settings, "centre-1")).toMatchObject({ status: "invalid" });

    await fs.writeFile(file, JSON.stringify(stored));
    expect(await readChainHead(settings, "centre-1")).toMatchObject({ status: "valid" });
    expect(await readChainHead({ ...settings, key: deriveAuditKey("o".repeat(32)) }, "centre-1")).toMatchObject({ status: "invalid" });

    await fs.mkdir(path.join(dir, "assay", "chains", "centre-2"), { recursive: true });
    await fs.copyFile(file, path.join(dir, "assay", "chains", "centre-2", "000000000005.json"));
    expect(await readChainHead(settings, "centre-2")).toMatchObject({ status: "invalid" });
  });

  it("writes the legacy seal once and never replaces it", async () => {
    expect(await readLegacySeal(settings)).toEqual({ status: "none" });
    await writeLegacySeal(settings, { "centre-1": { sequence: 3, hash: "h3" } });
    await writeLegacySeal(settings, { "centre-1": { sequence: 9, hash: "h9" }, "centre-2": { sequence: 1, hash: "x" } });
    expect(await readLegacySeal(settings)).toEqual({ status: "valid", checkpoint: { "centre-1": { sequence: 3, hash: "h3" } } });

    const file = path.join(dir, "assay", "legacy-seal.json");
    const stored = JSON.parse(await fs.readFile(file, "utf8"));
    await fs.writeFile(file, JSON.stringify({ ...stored, chains: { ...stored.chains, "centre-2": { sequence: 1, hash: "x" } } }));
    expect(await readLegacySeal(settings)).toMatchObject({ status: "invalid" });
  });
});
