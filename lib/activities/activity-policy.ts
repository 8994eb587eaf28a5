import type { AssessorActivityPolicy } from "@/lib/rules/assessor-activity";
import { builtInPolicies, type AwardingBodyCode } from "@/lib/rules/policies";

// Which assessor-activity policy applies at a centre: its awarding body's. The built-in policies
// are keyed by the body's short name (OCR, ICS, NAACE); a body with no built-in policy, or one
// whose documents set no daily maximum (OCR, Naace), sets no limit.

const byName: Record<string, AwardingBodyCode> = {
  OCR: "OCR",
  ICS: "ICS",
  "INSTITUTE OF CUSTOMER SERVICE": "ICS",
  NAACE: "NAACE",
};

export function assessorActivityPolicyFor(awardingBody: { name: string; legalName?: string }): AssessorActivityPolicy | null {
  const code = byName[awardingBody.name.trim().toUpperCase()] ?? byName[awardingBody.legalName?.trim().toUpperCase() ?? ""];
  return code ? builtInPolicies[code].assessorActivity : null;
}
