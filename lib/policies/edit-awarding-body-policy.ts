import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsFrom } from "@/lib/actions/run-action";
import { applyPolicyEdit, changedNumbers, type PolicyNumberValue } from "./policy-numbers";
import { storedPolicyOr } from "./policy-settings";
import { awardingBodyPolicySchema, editAwardingBodyPolicyFields, policyEditSchemaFor, policyFamilies } from "./schemas";

export type PolicyEditedSummary = {
  /** Exactly the numbers that changed, by what they are ("Minimum CPD hours a year"). */
  before: Record<string, PolicyNumberValue>;
  after: Record<string, PolicyNumberValue>;
  version: number;
};

const staleMessage = "Someone else changed this policy while you were editing it. Reload the page to see their change, then try again.";

/**
 * The body's staff change its policy's numbers (CPD hours and categories, the mandatory event,
 * assessments a year and a day, retention years, lifecycle targets, the appeal window, the ICT Mark
 * period). Always the active body's own policy: the input names no body. The first edit stores the
 * built-in policy with the change (version 0 read: refused if someone stored one meanwhile);
 * later edits name the version read. The audit entry has exactly the numbers that changed.
 */
export const editAwardingBodyPolicy = defineAwardingBodyAction({
  name: "policies.edit",
  audit: { label: "Changed the awarding body's policy", summary: auditSummary<PolicyEditedSummary>() },
  input: editAwardingBodyPolicyFields,
  permission: "policy.edit",
  async handler(input, { tx, access, now, audit }) {
    const awardingBodyId = access.workspace.awardingBodyId;
    // The row is locked so two edits of the same version cannot both pass the version check.
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      SELECT version FROM "AwardingBodyPolicySettings" WHERE "awardingBodyId" = ${awardingBodyId}::uuid FOR UPDATE`;
    const body = await tx.awardingBody.findUniqueOrThrow({
      where: { id: awardingBodyId },
      select: { id: true, name: true, legalName: true, policySettings: { select: { policy: true, version: true } } },
    });
    const currentVersion = row ? body.policySettings!.version : 0;
    if (input.version !== currentVersion) throw new AppError("STALE", staleMessage);
    const current = storedPolicyOr(body, body.policySettings?.policy);

    const checked = policyEditSchemaFor(policyFamilies(current)).safeParse(input);
    if (!checked.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(checked.error));
    const { version: _version, ...numbers } = checked.data;
    const next = awardingBodyPolicySchema.parse(applyPolicyEdit(current, numbers));
    const { before, after } = changedNumbers(current, next);
    if (Object.keys(after).length === 0) {
      throw new AppError("INVALID_INPUT", "No number was changed, so there is nothing to save.", {
        _form: ["No number was changed, so there is nothing to save."],
      });
    }

    const policy = next as Prisma.InputJsonObject;
    let version: number;
    if (currentVersion === 0) {
      const { count } = await tx.awardingBodyPolicySettings.createMany({
        data: [{ awardingBodyId, policy, updatedById: access.userId, updatedAt: now }],
        skipDuplicates: true,
      });
      if (count !== 1) throw new AppError("STALE", staleMessage);
      version = 1;
    } else {
      const { count } = await tx.awardingBodyPolicySettings.updateMany({
        where: { awardingBodyId, version: currentVersion },
        data: { policy, updatedById: access.userId, updatedAt: now, version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("STALE", staleMessage);
      version = currentVersion + 1;
    }
    await audit({ targetType: "AwardingBodyPolicySettings", targetId: awardingBodyId, summary: { before, after, version } });
    return { version };
  },
});
