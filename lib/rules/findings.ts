// The common shape of what a rule reports, so that pages can list findings from any rule family
// the same way and every finding says where the rule comes from.

/**
 * - "problem": the action the rule guards (sign-off, assessing, claiming, destroying) must not go
 *   ahead until it is resolved.
 * - "warning": the action may go ahead, but someone must look at it or record a judgement.
 */
export type FindingSeverity = "problem" | "warning";

export interface RuleFinding {
  /** Stable identifier for code and tests, e.g. "witness.related-to-candidate". */
  readonly code: string;
  readonly severity: FindingSeverity;
  /** Plain English for the person who has to act on it. */
  readonly message: string;
  /** Where the rule comes from, e.g. "OCR handbook 5.16". */
  readonly source: string;
}

export function problem(code: string, message: string, source: string): RuleFinding {
  return { code, severity: "problem", message, source };
}

export function warning(code: string, message: string, source: string): RuleFinding {
  return { code, severity: "warning", message, source };
}

export function hasProblems(findings: readonly RuleFinding[]): boolean {
  return findings.some((finding) => finding.severity === "problem");
}

/** "1 credit", "7 credits". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "a", "a and b", "a, b and c". */
export function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
