import { Badge } from "@/components/ui/badge";
import { roleStatusLabels, type AwardingBodyStanding } from "@/lib/assessor-record/policy";
import type { RoleQualification } from "@/lib/rules/assessor-qualifications";

const tones = { qualified: "success", workingTowards: "info", notQualified: "warning" } as const;

function RoleStatus({ label, status }: { label: "Assessor" | "IQA"; status: RoleQualification }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{label}:</span>
        <Badge tone={tones[status.status]}>{roleStatusLabels[status.status]}</Badge>
        {status.basis && <span className="text-ink-muted">({status.basis.name})</span>}
      </p>
      {status.status === "workingTowards" && label === "Assessor" && (
        <p className="text-sm">Assessment decisions count once a qualified assessor of the centre countersigns them (handbook 4.2).</p>
      )}
      {status.findings.map((finding) => (
        <p key={finding.code} className="text-sm">
          {finding.message} <span className="text-ink-muted">({finding.source})</span>
        </p>
      ))}
    </div>
  );
}

/** What the record makes of the person under an awarding body's rule: assessor and IQA status, in the rule's words. */
export function StandingView({ standing, showBody }: { standing: AwardingBodyStanding; showBody: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      {showBody && <p className="font-semibold">Under {standing.awardingBodyName}&rsquo;s rules</p>}
      <RoleStatus label="Assessor" status={standing.assessor} />
      <RoleStatus label="IQA" status={standing.iqa} />
    </div>
  );
}
