import type { EmailContent } from "@/lib/email/templates";

// The ICT Mark renewal reminder a school's contact receives (Naace ICT Mark principle 8: the
// accreditation expires three years from the award; renewing means an external assessor reviews
// the school's evidence again). Pure.

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const longDay = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function renewalReminderEmail(reminder: {
  schoolName: string;
  awardingBodyName: string;
  awardedOn: Date;
  expiresOn: Date;
  sentBy: string;
}): EmailContent {
  const subject = `${reminder.schoolName}: your ICT Mark expires on ${longDay(reminder.expiresOn)}`;
  const paragraphs = [
    `Dear colleague at ${reminder.schoolName},`,
    `${reminder.schoolName} was awarded the ICT Mark on ${longDay(reminder.awardedOn)}. The accreditation expires on ${longDay(reminder.expiresOn)}, three years from the award.`,
    "To renew it, an external ICT Mark assessor reviews your school's evidence against the Self-review Framework again. You may ask for an assessor of your choice from the list of registered assessors, or we will allocate one.",
    `Please reply to ${reminder.awardingBodyName} to arrange your renewal assessment before the expiry date.`,
    `Sent by ${reminder.sentBy}, ${reminder.awardingBodyName}.`,
  ];
  const text = [...paragraphs, "— Assay"].join("\n\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2933;">`,
    ...paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>— Assay</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
