import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataRoot } from "../../lib/db/data-dir";
import { commandEnv } from "./child-process";

/**
 * NEXTAUTH_SECRET when set; otherwise one generated once and kept in .data/, so sign-in sessions
 * (JWTs signed with it) survive restarts of `npm start`.
 */
export async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataRoot(), "nextauth-secret");
  const existing = await fs.readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The environment the app runs with on the given database, as `npm start` and `npm run dev` use it. */
export async function appEnv(databaseUrl: string): Promise<NodeJS.ProcessEnv> {
  return commandEnv({
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`,
    NEXTAUTH_SECRET: await authSecret(),
  });
}
