import type { EmailContent } from "@/lib/email/templates";

// The email the owner of an action point or recommendation receives when it is set (handbook
// 5.20.4: the centre addresses the EV's actions before the next visit). Pure.

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const longDay = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function actionPointEmail(point: {
  ownerName: string;
  centreName: string;
  /** "Action point" or "Recommendation". */
  kindLabel: string;
  description: string;
  dueOn: Date;
  visitOn: Date;
  externalVerifierName: string | null;
  setBy: string;
  link: string;
}): EmailContent {
  const kind = point.kindLabel.toLowerCase();
  const subject = `${point.centreName}: an external verifier's ${kind} for you, due ${longDay(point.dueOn)}`;
  const before = [
    `Hello ${point.ownerName},`,
    `${point.setBy} has made you the owner of this ${kind} from the external verifier's visit on ${longDay(point.visitOn)}${point.externalVerifierName ? ` (${point.externalVerifierName})` : ""}:`,
    point.description,
    `It is due by ${longDay(point.dueOn)}. When it is done, the centre records the date and what was done: that is the evidence shown at the next visit.`,
  ];
  const text = [...before, "Open the visit:", point.link, "— Assay"].join("\n\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2933;">`,
    ...before.map((line) => `<p style="white-space: pre-line;">${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(point.link)}" style="color: #1d4ed8;">Open the visit</a></p>`,
    `<p>— Assay</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
