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

/**
 * What the record makes of the person under an awarding body's rule, in the rule's words: their
 * assessor status and/or IQA status, for the roles they hold.
 */
export function StandingView(props: { standing: AwardingBodyStanding; showBody: boolean; roles: { assessor: boolean; iqa: boolean } }) {
  return (
    <div className="flex flex-col gap-3">
      {props.showBody && <p className="font-semibold">Under {props.standing.awardingBodyName}&rsquo;s rules</p>}
      {props.roles.assessor && <RoleStatus label="Assessor" status={props.standing.assessor} />}
      {props.roles.iqa && <RoleStatus label="IQA" status={props.standing.iqa} />}
    </div>
  );
}
