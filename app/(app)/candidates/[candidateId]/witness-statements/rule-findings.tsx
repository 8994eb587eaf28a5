import type { RuleFinding } from "@/lib/rules/findings";

/** The witness-statement rule's findings, problems first, each with where the rule comes from. */
export function RuleFindings({ findings, emptyText }: { findings: readonly RuleFinding[]; emptyText: string }) {
  if (findings.length === 0) return <p className="font-semibold text-success-800">{emptyText}</p>;
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "problem" ? -1 : 1));
  return (
    <ul className="flex flex-col gap-2">
      {ordered.map((finding) => (
        <li
          key={finding.code}
          className={
            finding.severity === "problem"
              ? "border-l-4 border-danger-700 pl-3 text-danger-800"
              : "border-l-4 border-warning-800 pl-3 text-warning-800"
          }
        >
          <span className="font-semibold">{finding.severity === "problem" ? "Must be put right: " : "Check: "}</span>
          {finding.message} <span className="text-sm">({finding.source})</span>
        </li>
      ))}
    </ul>
  );
}
