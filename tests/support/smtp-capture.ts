import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";

// A real SMTP server inside the test process: Assay's sender connects to it over TCP exactly as
// it would to a mail provider, and the tests read what arrived (parsed by mailparser).

export type CapturedEmail = { to: string[]; from: string; subject: string; text: string; html: string };

export type SmtpCapture = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: CapturedEmail[];
  /** Waits until a message to the address has arrived and returns the newest one. */
  nextTo: (address: string, timeoutMs?: number) => Promise<CapturedEmail>;
  /** Makes the server refuse every message (to test a failed send). */
  refuseAll: (refuse: boolean) => void;
  close: () => Promise<void>;
};

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedEmail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    // A plain local server: no TLS, hence no test certificate and no warning about one.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (refusing) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
          const to = [parsed.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address ?? ""));
          messages.push({
            to,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  async function nextTo(address: string, timeoutMs = 5_000): Promise<CapturedEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.filter((m) => m.to.includes(address.toLowerCase())).at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No email to ${address} arrived within ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    nextTo,
    refuseAll: (refuse) => {
      refusing = refuse;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link to the app in a message's text, e.g. the invitation or reset link. */
export function linkIn(email: CapturedEmail, pathPrefix: string): string {
  const match = email.text.match(new RegExp(`https?://\\S+${pathPrefix.replace(/[/]/g, "\\/")}\\S+`));
  if (!match) throw new Error(`No ${pathPrefix} link in "${email.subject}":\n${email.text}`);
  return match[0];
}

/** The token at the end of a link such as http://localhost:3000/reset-password/<token>. */
export function tokenOf(link: string): string {
  return new URL(link).pathname.split("/").at(-1)!;
}

/**
 * For a test file whose code under test sends email: a capture server started before the file's
 * tests (with SMTP_URL pointing at it) and closed after them.
 */
export function captureEmailInThisFile(): Omit<SmtpCapture, "close"> {
  let capture: SmtpCapture | undefined;
  beforeAll(async () => {
    capture = await startSmtpCapture();
    process.env.SMTP_URL = capture.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await capture?.close();
  });
  const started = () => {
    if (!capture) throw new Error("The email capture starts in beforeAll: use it inside a test.");
    return capture;
  };
  return {
    get url() {
      return started().url;
    },
    get messages() {
      return started().messages;
    },
    nextTo: (address, timeoutMs) => started().nextTo(address, timeoutMs),
    refuseAll: (refuse) => started().refuseAll(refuse),
  };
}
