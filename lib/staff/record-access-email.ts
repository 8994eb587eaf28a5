import type { EmailContent } from "@/lib/email/templates";

// The email a person receives when a centre admin makes them an assessor or IQA at a centre again
// (reactivating an old membership) or changes their role there to one of those. Their
// professional record is their own, not the centre's: from then on the centre and its awarding
// body can read it (lib/staff-files/access.ts), so the person is told. Pure.

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export type RecordAccessChange = "reactivated" | "roleChanged";

const asRole = { ASSESSOR: "an assessor", IQA: "an internal quality assurer (IQA)" } as const;

export type RecordRole = keyof typeof asRole;

/** What the centre and its awarding body can read once the person assesses or quality-assures there. */
export const readableParts =
  "your CV, role profile and certificates, your CPD log with its evidence and your CPD status, your sample signature and the conflicts of interest you declared about the centre";

export function recordAccessEmail(notice: {
  name: string;
  centreName: string;
  awardingBodyName: string;
  role: RecordRole;
  change: RecordAccessChange;
  changedBy: string;
  /** Absolute link to the person's professional record. */
  link: string;
}): EmailContent {
  const subject = `${notice.centreName} can now read your professional record on Assay`;
  const what =
    notice.change === "reactivated"
      ? `${notice.changedBy} has made you ${asRole[notice.role]} at ${notice.centreName} again on Assay.`
      : `${notice.changedBy} has changed your role at ${notice.centreName} on Assay: you are now ${asRole[notice.role]} there.`;
  const before = [
    `Hello ${notice.name},`,
    what,
    `While you are, ${notice.centreName}'s centre admins, head of centre and external verifier, and the staff of ${notice.awardingBodyName}, can read your professional record: ${readableParts}.`,
  ];
  const after = [
    `If you did not expect this, or you no longer work with ${notice.centreName}, ask them to deactivate your membership: they can read your record until they do.`,
  ];
  const text = [...before, "Open your professional record:", notice.link, ...after, "— Assay"].join("\n\n");
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`);
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2933;">`,
    ...paragraphs(before),
    `<p><a href="${escapeHtml(notice.link)}" style="color: #1d4ed8;">Open your professional record</a></p>`,
    ...paragraphs(after),
    `<p>— Assay</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
