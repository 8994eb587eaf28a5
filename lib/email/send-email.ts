import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { logger } from "@/lib/log/logger";
import { emailSettings, type EmailSettings } from "./settings";

// The one way Assay sends email. Over SMTP when one is configured (lib/email/settings.ts),
// otherwise into the local outbox: one .eml (the message exactly as it would be sent) and one
// .txt (who, subject and the plain text, to read without a mail program) per message.

export type EmailMessage = { to: string; subject: string; text: string; html: string };

export type EmailSendResult = { ok: true; messageId: string; outboxFile?: string } | { ok: false };

let cached: { key: string; transporter: Transporter } | undefined;

function smtpTransporter(settings: Extract<EmailSettings, { kind: "smtp" }>): Transporter {
  const key = JSON.stringify(settings.smtp);
  if (cached?.key === key) return cached.transporter;
  const { url, host, port, secure, user, password } = settings.smtp;
  const transporter = url
    ? nodemailer.createTransport(url)
    : nodemailer.createTransport({ host, port, secure, auth: user ? { user, pass: password ?? "" } : undefined });
  cached = { key, transporter };
  return transporter;
}

/** Builds the raw message without sending it, as the outbox keeps it. */
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

async function writeToOutbox(dir: string, from: string, message: EmailMessage, now: Date): Promise<{ messageId: string; file: string }> {
  const composed = await composer.sendMail({ from, ...message, date: now });
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  // Sortable by time; the random part keeps two messages of the same millisecond apart.
  const base = path.join(dir, `${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`);
  const readable = [
    `To: ${message.to}`,
    `From: ${from}`,
    `Date: ${now.toUTCString()}`,
    `Subject: ${message.subject}`,
    "",
    message.text,
    "",
  ].join("\n");
  // Messages carry one-time links: readable by the person running Assay only.
  await fs.writeFile(`${base}.eml`, composed.message as Buffer, { mode: 0o600 });
  await fs.writeFile(`${base}.txt`, readable, { mode: 0o600 });
  return { messageId: composed.messageId, file: `${base}.eml` };
}

/**
 * Sends one message. Never throws: a failure is logged for operators (without the message body,
 * which may hold a one-time link) and reported as { ok: false } for the caller to put in words.
 */
export async function sendEmail(message: EmailMessage, options: { now?: Date } = {}): Promise<EmailSendResult> {
  try {
    const settings = emailSettings();
    if (settings.kind === "outbox") {
      const written = await writeToOutbox(settings.outboxDir, settings.from, message, options.now ?? new Date());
      return { ok: true, messageId: written.messageId, outboxFile: written.file };
    }
    const info = await smtpTransporter(settings).sendMail({ from: settings.from, ...message });
    return { ok: true, messageId: info.messageId };
  } catch (error) {
    logger.error({ to: message.to, subject: message.subject, err: error }, "email could not be sent");
    return { ok: false };
  }
}
