import path from "node:path";
import { dataRoot } from "@/lib/db/data-dir";

// How Assay sends email, read from the environment. With no SMTP server set, every message is
// kept in a local outbox so that the demo works with nothing installed. Pure apart from reading
// the environment and the data directory's place; shared by the sender and the start-up banner.

export type SmtpSettings = {
  /** A full SMTP URL (smtp://user:pass@host:587, smtps://… for TLS from the start). */
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  user?: string;
  password?: string;
};

export type EmailSettings = { kind: "smtp"; from: string; smtp: SmtpSettings } | { kind: "outbox"; from: string; outboxDir: string };

export const defaultEmailFrom = "Assay <no-reply@assay.invalid>";

const set = (value: string | undefined) => (value && value.trim() !== "" ? value.trim() : undefined);

/** The outbox directory: ASSAY_OUTBOX_DIR, or `outbox` under the data directory. */
export function outboxDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = set(env.ASSAY_OUTBOX_DIR);
  return override ? path.resolve(override) : path.join(dataRoot(), "outbox");
}

export function emailSettings(env: NodeJS.ProcessEnv = process.env): EmailSettings {
  const from = set(env.EMAIL_FROM) ?? defaultEmailFrom;
  const url = set(env.SMTP_URL);
  const host = set(env.SMTP_HOST);
  if (!url && !host) return { kind: "outbox", from, outboxDir: outboxDir(env) };
  if (url) return { kind: "smtp", from, smtp: { url } };
  const secure = set(env.SMTP_SECURE)?.toLowerCase() === "true";
  const port = set(env.SMTP_PORT) ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT must be a port number, not "${env.SMTP_PORT}".`);
  return { kind: "smtp", from, smtp: { host, port, secure, user: set(env.SMTP_USER), password: env.SMTP_PASSWORD } };
}

/** Where mail goes, in one line for the start-up output. Never prints a password. */
export function describeEmailDelivery(env: NodeJS.ProcessEnv = process.env): string {
  const settings = emailSettings(env);
  if (settings.kind === "outbox") {
    return `Email: no SMTP server set (SMTP_URL or SMTP_HOST), so messages are kept in ${settings.outboxDir} (one .eml and one .txt each).`;
  }
  const where = settings.smtp.url ? smtpUrlWithoutPassword(settings.smtp.url) : `${settings.smtp.host}:${settings.smtp.port}`;
  return `Email: sent through the SMTP server ${where}, from ${settings.from}.`;
}

function smtpUrlWithoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "(SMTP_URL is not a valid URL)";
  }
}
