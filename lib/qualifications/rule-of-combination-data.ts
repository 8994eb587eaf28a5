import { z } from "zod";
import type { CombinationRule, QualificationGroup } from "@/lib/rules/qualification-spec";

// The rule of combination is stored on each qualification as JSON; this is the schema it must
// match when read back or imported, and the plain-English wording shown to people.

const groupId = z.string().min(1).max(10);
const credit = z.number().int().min(0).max(1000);

export const combinationRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("allOfGroup"), group: groupId }),
  z.object({ kind: z.literal("minimumTotalCredit"), credit }),
  z.object({ kind: z.literal("minimumCreditFromGroup"), group: groupId, credit }),
  z.object({ kind: z.literal("maximumCreditFromGroup"), group: groupId, credit }),
  z.object({ kind: z.literal("minimumCreditAtOrAboveLevel"), level: z.number().int().min(1).max(8), credit }),
  z.object({ kind: z.literal("barredCombination"), unitUrns: z.array(z.string().min(1)).min(2) }),
]) satisfies z.ZodType<CombinationRule>;

export const ruleOfCombinationSchema = z.object({
  groups: z.array(z.object({ id: groupId, name: z.string().min(1), description: z.string().optional() })),
  rules: z.array(combinationRuleSchema),
});
export type RuleOfCombinationData = { groups: QualificationGroup[]; rules: CombinationRule[] };

export function parseRuleOfCombination(value: unknown): RuleOfCombinationData {
  return ruleOfCombinationSchema.parse(value);
}

/** One rule in words a candidate understands, e.g. "At least 15 credits from Group B". */
export function describeCombinationRule(rule: CombinationRule, spec: { readonly groups?: readonly QualificationGroup[] }): string {
  const groupName = (_spec: unknown, id: string) => spec.groups?.find((g) => g.id === id)?.name ?? `Group ${id}`;
  const plural = (n: number) => `${n} credit${n === 1 ? "" : "s"}`;
  switch (rule.kind) {
    case "allOfGroup":
      return `Every unit in ${groupName(spec, rule.group)} (mandatory)`;
    case "minimumTotalCredit":
      return `At least ${plural(rule.credit)} in total`;
    case "minimumCreditFromGroup":
      return `At least ${plural(rule.credit)} from ${groupName(spec, rule.group)}`;
    case "maximumCreditFromGroup":
      return `At most ${plural(rule.credit)} from ${groupName(spec, rule.group)} count towards the total`;
    case "minimumCreditAtOrAboveLevel":
      return `At least ${plural(rule.credit)} from units at level ${rule.level} or above`;
    case "barredCombination":
      return `Only one of these units may count: ${rule.unitUrns.join(", ")}`;
  }
}
