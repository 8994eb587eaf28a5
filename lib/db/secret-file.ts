import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * A secret generated once and kept in `file` (mode 0600), so it survives restarts. Two processes
 * starting at once agree on one secret: the file appears whole (written aside, then linked) and
 * only the first link succeeds.
 */
export async function readOrCreateSecret(file: string): Promise<string> {
  const existing = (await fs.readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await fs.writeFile(temporary, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    await fs.link(temporary, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  } finally {
    await fs.rm(temporary, { force: true });
  }
  return (await fs.readFile(file, "utf8")).trim();
}
