import { builtInPolicies, type AwardingBodyCode } from "@/lib/rules/policies";
import type { WitnessStatementPolicy } from "@/lib/rules/witness-statements";

/**
 * The witness-statement policy of a qualification's awarding body (matched by its short name,
 * e.g. "OCR"). Where the body's documents set none, OCR's is used: its handbook (4.3, 5.16) is
 * the one that defines witness and expert-witness evidence for these qualifications.
 */
export function witnessStatementPolicyFor(awardingBodyName: string): WitnessStatementPolicy {
  const name = awardingBodyName.trim().toUpperCase();
  const code = (Object.keys(builtInPolicies) as AwardingBodyCode[]).find((key) => name === key || name.startsWith(`${key} `));
  return (code ? builtInPolicies[code].witnessStatements : null) ?? builtInPolicies.OCR.witnessStatements;
}
