// The messages Assay sends, in the words of the people who receive them. Pure: each takes what
// it needs and returns the subject, a plain-text body and the same in HTML.

export type EmailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const longDay = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

const time = (date: Date) => date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** Paragraphs of text around one link, as plain text and HTML. */
function compose(subject: string, before: string[], link: { label: string; url: string }, after: string[]): EmailContent {
  const text = [...before, `${link.label}:`, link.url, ...after, "— Assay"].join("\n\n");
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2933;">`,
    paragraphs(before),
    `<p><a href="${escapeHtml(link.url)}" style="color: #1d4ed8;">${escapeHtml(link.label)}</a></p>`,
    `<p style="font-size: 14px; color: #52606d;">If the link does not open, copy this address into your browser:<br>${escapeHtml(link.url)}</p>`,
    paragraphs(after),
    `<p>— Assay</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}

export function invitationEmail(invite: {
  /** The name the centre admin typed, used as a greeting only. */
  name: string;
  centreName: string;
  roleLabel: string;
  invitedBy: string;
  link: string;
  expiresAt: Date;
  /** A candidate is invited to their own portfolio, not to work at the centre. */
  asCandidate?: boolean;
}): EmailContent {
  const subject = invite.asCandidate
    ? `Your assessment record at ${invite.centreName} is on Assay`
    : `You are invited to work at ${invite.centreName} on Assay`;
  const invitation = invite.asCandidate
    ? `${invite.invitedBy} has registered you as a candidate at ${invite.centreName}. On Assay you can see and agree your assessment plan, add your evidence, read and reply to your assessor's feedback and follow your progress unit by unit.`
    : `${invite.invitedBy} has invited you to join ${invite.centreName} on Assay as ${invite.roleLabel}.`;
  return compose(
    subject,
    [
      `Hello ${invite.name},`,
      invitation,
      "Open the link to accept or decline. If you are new to Assay you will choose your password there; if you already use Assay, sign in with your usual account.",
    ],
    { label: "Open your invitation", url: invite.link },
    [
      `The link works until ${longDay(invite.expiresAt)}. If you were not expecting this, you can ignore this email: nothing happens unless you accept.`,
    ],
  );
}

export function passwordResetEmail(reset: { link: string; expiresAt: Date }): EmailContent {
  return compose(
    "Reset your Assay password",
    ["Someone (we hope you) asked to reset the password of the Assay account that uses this email address."],
    { label: "Choose a new password", url: reset.link },
    [
      `The link works once, until ${time(reset.expiresAt)} (UK time) on ${longDay(reset.expiresAt)}. Choosing a new password signs you out everywhere else.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  );
}

export function unlockSignInEmail(unlock: { link: string; expiresAt: Date }): EmailContent {
  return compose(
    "Unlock sign-in to your Assay account",
    ["Sign-in to the Assay account that uses this email address was paused after several wrong passwords."],
    { label: "Unlock sign-in", url: unlock.link },
    [
      `The link works once, until ${time(unlock.expiresAt)} (UK time) on ${longDay(unlock.expiresAt)}.`,
      "If the wrong passwords were not yours, someone may be guessing: choose a new password after you sign in.",
    ],
  );
}
