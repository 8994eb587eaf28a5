import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { linkIn, startSmtpCapture, type SmtpCapture } from "@/tests/support/smtp-capture";
import { sendEmail } from "./send-email";
import { sendAfterCommit } from "./send-after-commit";
import { describeEmailDelivery } from "./settings";
import { passwordResetEmail } from "./templates";

let smtp: SmtpCapture;
const message = () => ({
  to: "reader@test.example",
  ...passwordResetEmail({ link: "http://localhost:3000/reset-password/abc_DEF-123", expiresAt: new Date("2026-11-22T16:00:00Z") }),
});

beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  vi.unstubAllEnvs();
  smtp.refuseAll(false);
});

describe("sending email", () => {
  it("sends over SMTP when SMTP_URL is set: recipient, sender, subject and a working link arrive", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.stubEnv("EMAIL_FROM", "Assay at Test <assay@test.example>");
    expect(await sendEmail(message())).toMatchObject({ ok: true });
    const received = await smtp.nextTo("reader@test.example");
    expect(received).toMatchObject({ subject: "Reset your Assay password", from: '"Assay at Test" <assay@test.example>' });
    expect(linkIn(received, "/reset-password/")).toBe("http://localhost:3000/reset-password/abc_DEF-123");
    expect(received.html).toContain('href="http://localhost:3000/reset-password/abc_DEF-123"');
    expect(describeEmailDelivery()).toBe(`Email: sent through the SMTP server ${smtp.url}, from Assay at Test <assay@test.example>.`);
  });

  it("also takes SMTP_HOST and SMTP_PORT", async () => {
    const { hostname, port } = new URL(smtp.url);
    vi.stubEnv("SMTP_HOST", hostname);
    vi.stubEnv("SMTP_PORT", port);
    expect(await sendEmail({ ...message(), to: "host.port@test.example" })).toMatchObject({ ok: true });
    expect((await smtp.nextTo("host.port@test.example")).subject).toBe("Reset your Assay password");
  });

  it("keeps messages in the outbox as .eml and .txt when no SMTP server is set", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-outbox-test-"));
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("SMTP_HOST", "");
    vi.stubEnv("ASSAY_OUTBOX_DIR", dir);
    const sent = await sendEmail(message());
    expect(sent).toMatchObject({ ok: true, outboxFile: expect.stringMatching(/\.eml$/) });
    const files = (await fs.readdir(dir)).sort();
    expect(files.map((f) => path.extname(f))).toEqual([".eml", ".txt"]);
    const eml = await fs.readFile(path.join(dir, files[0]!), "utf8");
    expect(eml).toMatch(/^To: reader@test\.example$/m);
    expect(eml).toMatch(/^Subject: Reset your Assay password$/m);
    const txt = await fs.readFile(path.join(dir, files[1]!), "utf8");
    expect(txt).toContain("Subject: Reset your Assay password");
    expect(txt).toContain("http://localhost:3000/reset-password/abc_DEF-123");
    expect((await fs.stat(path.join(dir, files[0]!))).mode & 0o077).toBe(0);
    expect(describeEmailDelivery()).toContain(`messages are kept in ${dir}`);
    await fs.rm(dir, { recursive: true });
  });

  it("reports a refused message as not sent and logs it, without throwing", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    smtp.refuseAll(true);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args); // expected: the failure is logged
    try {
      expect(await sendEmail(message())).toEqual({ ok: false });
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(1);
    expect(JSON.parse(String(logged[0]![0]))).toMatchObject({
      level: "error",
      to: "reader@test.example",
      subject: "Reset your Assay password",
    });
    expect(String(logged[0]![0])).not.toContain("abc_DEF-123");
  });

  it("sends a queued message only when the queue runs (after the commit) and records the outcome", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    const queued: (() => Promise<unknown>)[] = [];
    const before = smtp.messages.length;
    const delivery = sendAfterCommit((work) => queued.push(work), { ...message(), to: "queued@test.example" });
    expect(delivery).toEqual({ sent: false });
    expect(smtp.messages.length).toBe(before);
    await queued[0]!();
    expect(delivery).toEqual({ sent: true });
    expect((await smtp.nextTo("queued@test.example")).subject).toBe("Reset your Assay password");
  });
});
