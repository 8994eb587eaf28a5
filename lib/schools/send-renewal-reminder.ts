import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { AppError } from "@/lib/errors/app-error";
import { displayLongDay } from "@/lib/format/dates";
import { loadSchoolForChange, updateSchoolAtVersion } from "./load-school";
import { renewalReminderEmail } from "./renewal-reminder-email";
import { sendRenewalReminderSchema } from "./schemas";
import { schoolStanding } from "./standing";

/**
 * Emails the school's contact that its ICT Mark is due for renewal. Only when a reminder is due
 * (inside the policy's window before expiry and none sent since the window opened: lib/rules/ict-mark.ts);
 * the day it was sent is kept on the school.
 */
export const sendRenewalReminder = defineAwardingBodyAction({
  name: "schools.sendRenewalReminder",
  audit: {
    label: "Sent an ICT Mark renewal reminder",
    summary: auditSummary<{ school: string; sentTo: string; expiresOn: string }>(),
  },
  input: sendRenewalReminderSchema,
  permission: "school.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const { school, policy } = await loadSchoolForChange(tx, access, input.schoolId, input.version);
    const standing = schoolStanding(school, now, policy);
    if (!standing.reminderDue || !school.ictMarkAwardedOn || !standing.expiresOn) {
      const message =
        standing.state === "notAwarded"
          ? "This school has no ICT Mark award recorded, so there is nothing to renew."
          : standing.state === "expired"
            ? `This school's ICT Mark expired on ${displayLongDay(new Date(`${standing.expiresOn}T00:00:00Z`))}; a reminder is for an accreditation still running.`
            : standing.state === "current"
              ? `No reminder is due yet: reminders start ${policy.renewalReminderDays} days before the ICT Mark expires on ${displayLongDay(new Date(`${standing.expiresOn}T00:00:00Z`))}.`
              : "A renewal reminder has already been sent for this renewal.";
      throw new AppError("CONFLICT", message);
    }
    if (!school.contactEmail) {
      const message = "Add the school's contact email first: the reminder goes there.";
      throw new AppError("INVALID_INPUT", message, { contactEmail: [message] });
    }
    await updateSchoolAtVersion(tx, access, school, { renewalReminderSentAt: now });
    await audit({
      targetType: "School",
      targetId: school.id,
      summary: { school: school.name, sentTo: school.contactEmail, expiresOn: standing.expiresOn },
    });
    const emailDelivery = sendAfterCommit(afterCommit, {
      to: school.contactEmail,
      ...renewalReminderEmail({
        schoolName: school.name,
        awardingBodyName: access.workspace.name,
        awardedOn: school.ictMarkAwardedOn,
        expiresOn: new Date(`${standing.expiresOn}T00:00:00Z`),
        sentBy: access.userName,
      }),
    });
    return { schoolId: school.id, sentTo: school.contactEmail, emailDelivery };
  },
});
