import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { acceptedQualificationChoices } from "./policy";
import { recordStaffQualificationSchema } from "./schemas";
import { assessorRecordScope, noRecordMessage } from "./scope";
import { removeVerifications } from "./verified";

/**
 * Records (or corrects) an assessor or IQA qualification the signed-in person holds or is working
 * towards. A person-level row: it follows them to every centre they work for, so its audit entry
 * is on the platform chain. Changing it removes the centres' verifications of it.
 */
export const recordStaffQualification = definePersonalAction({
  name: "assessorRecord.recordQualification",
  audit: {
    label: "Recorded an assessor or IQA qualification",
    summary: auditSummary<{
      code: string;
      held: boolean;
      achievedOn: string | null;
      before?: { held: boolean; achievedOn: string | null };
      verificationsRemoved?: number;
    }>(),
  },
  input: recordStaffQualificationSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, now }) {
    const scope = await assessorRecordScope(tx, access);
    if (!scope.keepsRecord) throw new AppError("FORBIDDEN", noRecordMessage);
    const choices = acceptedQualificationChoices(scope.bodies.map((body) => body.name));
    if (!choices.some((choice) => choice.code === input.code)) {
      const message = "Choose one of the qualifications your centres' awarding bodies accept.";
      throw new AppError("INVALID_INPUT", message, { code: [message] });
    }
    const held = input.standing === "held";
    const achievedOn = held ? new Date(`${input.achievedOn}T00:00:00Z`) : null;
    if (achievedOn && achievedOn.getTime() > now.getTime()) {
      const message = "The date you achieved it cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { achievedOn: [message] });
    }
    const before = await tx.staffQualification.findUnique({ where: { userId_code: { userId: access.userId, code: input.code } } });
    const row = await tx.staffQualification.upsert({
      where: { userId_code: { userId: access.userId, code: input.code } },
      create: { userId: access.userId, code: input.code, held, achievedOn },
      update: { held, achievedOn },
    });
    // A changed claim (held or working towards, the date) is verified again by each centre.
    const changed = before !== null && (before.held !== held || before.achievedOn?.getTime() !== achievedOn?.getTime());
    const verificationsRemoved = changed ? await removeVerifications(tx, { staffQualificationId: row.id }) : 0;
    await audit({
      centreId: null,
      targetType: "StaffQualification",
      targetId: row.id,
      summary: {
        code: row.code,
        held,
        achievedOn: achievedOn ? isoDay(achievedOn) : null,
        ...(before ? { before: { held: before.held, achievedOn: before.achievedOn ? isoDay(before.achievedOn) : null } } : {}),
        ...(verificationsRemoved > 0 ? { verificationsRemoved } : {}),
      },
    });
    return { id: row.id };
  },
});
