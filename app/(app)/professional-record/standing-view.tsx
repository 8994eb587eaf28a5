import { Badge } from "@/components/ui/badge";
import { roleStatusLabels } from "@/lib/professional-record/policy";
import type { RoleQualification } from "@/lib/rules/assessor-qualifications";

const tones = { qualified: "success", workingTowards: "info", notQualified: "warning" } as const;

export function RoleStatus({ label, status }: { label: "Assessor" | "IQA"; status: RoleQualification }) {
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
 * What the record makes of the person at a centre (counting what that centre has verified), in the
 * rule's words: their assessor status and/or IQA status, for the roles they hold.
 */
export function StandingView(props: {
  standing: { centreName: string; assessor: RoleQualification; iqa: RoleQualification };
  showCentre: boolean;
  roles: { assessor: boolean; iqa: boolean };
}) {
  return (
    <div className="flex flex-col gap-3">
      {props.showCentre && <h3 className="font-semibold">At {props.standing.centreName}</h3>}
      {props.roles.assessor && <RoleStatus label="Assessor" status={props.standing.assessor} />}
      {props.roles.iqa && <RoleStatus label="IQA" status={props.standing.iqa} />}
    </div>
  );
}
