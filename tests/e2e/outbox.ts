import fs from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { e2eOutboxDir } from "../../scripts/lib/e2e-outbox";

// The end-to-end server has no SMTP server: Assay keeps each message in its outbox as a .eml and
// a readable .txt (lib/email/send-email.ts). The specs read the .txt files there, as a person
// running the demo would.

export type OutboxMessage = { file: string; to: string; subject: string; text: string };

async function readAll(): Promise<OutboxMessage[]> {
  const dir = e2eOutboxDir();
  const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(
    files.map(async (file) => {
      const content = await fs.readFile(path.join(dir, file), "utf8");
      const [head, ...body] = content.split("\n\n");
      const header = (name: string) => head!.match(new RegExp(`^${name}: (.*)$`, "m"))?.[1] ?? "";
      return { file, to: header("To"), subject: header("Subject"), text: body.join("\n\n") };
    }),
  );
}

/** Waits for the newest message to the address (sent after `since`, a count from messagesTo) and returns it. */
export async function nextEmailTo(address: string, options: { after?: number; timeoutMs?: number } = {}): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await readAll()).filter((m) => m.to === address);
        found = messages.length > (options.after ?? 0) ? messages.at(-1) : undefined;
        return Boolean(found);
      },
      { timeout: options.timeoutMs ?? 10_000, message: `an email to ${address} in ${e2eOutboxDir()}` },
    )
    .toBe(true);
  return found!;
}

/** How many messages the address has had so far (to wait for the next one). */
export async function messagesTo(address: string): Promise<number> {
  return (await readAll()).filter((m) => m.to === address).length;
}

/** The link to the given path in a message, e.g. "/invitation/". */
export function linkIn(message: OutboxMessage, pathPrefix: string): string {
  const link = message.text.match(new RegExp(`https?://\\S+${pathPrefix}\\S+`))?.[0];
  if (!link) throw new Error(`No ${pathPrefix} link in "${message.subject}":\n${message.text}`);
  return link;
}
