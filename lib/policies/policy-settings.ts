import type { Prisma, PrismaClient } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { awardingBodyCodeOf } from "@/lib/professional-record/policy";
import { builtInPolicies, type AwardingBodyPolicy } from "@/lib/rules/policies";
import { awardingBodyPolicySchema } from "./schemas";

// The stored policy row of an awarding body (AwardingBodyPolicySettings). Not server-only: the
// seed script writes each body's first row with writeBuiltInPolicySettings.

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The built-in policy a body starts from: a name that is exactly a code ("OCR"), else its legal name
 * ("The Institute of Customer Service"), else its name's first word ("Naace", "OCR Test 12"), else OCR's.
 */
export function builtInPolicyFor(awardingBodyName: string, legalName?: string | null): AwardingBodyPolicy {
  const exact = awardingBodyName.trim().toUpperCase();
  const code =
    (exact === "OCR" || exact === "ICS" || exact === "NAACE" ? exact : null) ??
    (legalName ? awardingBodyCodeOf(legalName) : null) ??
    awardingBodyCodeOf(awardingBodyName);
  return code ? builtInPolicies[code] : builtInPolicies.OCR;
}

/**
 * The stored policy, checked against the schema; a row that fails is logged for operators and the
 * built-in policy is used, so a bad row never breaks a page or a rule.
 */
export function storedPolicyOr(body: { id: string; name: string; legalName?: string | null }, stored: unknown): AwardingBodyPolicy {
  if (stored === undefined || stored === null) return builtInPolicyFor(body.name, body.legalName);
  const parsed = awardingBodyPolicySchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  logger.warn(
    { awardingBodyId: body.id, issues: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`) },
    "awarding body policy: the stored policy does not match its schema; the built-in policy is used",
  );
  return builtInPolicyFor(body.name, body.legalName);
}

/**
 * Writes the body's built-in policy as its first settings row (version 1) when it has none; a
 * body that already has a row keeps it. Returns whether a row was written.
 */
export async function writeBuiltInPolicySettings(
  db: Db,
  awardingBody: { id: string; name: string; legalName?: string | null },
): Promise<boolean> {
  const policy = awardingBodyPolicySchema.parse(builtInPolicyFor(awardingBody.name, awardingBody.legalName));
  const { count } = await db.awardingBodyPolicySettings.createMany({
    data: [{ awardingBodyId: awardingBody.id, policy: policy as Prisma.InputJsonObject }],
    skipDuplicates: true,
  });
  return count === 1;
}
