import { Badge } from "@/components/ui/badge";
import { displayDay } from "@/lib/format/dates";
import { roleStatusLabels } from "@/lib/professional-record/policy";
import type { OwnBodyStanding } from "@/lib/professional-record/queries";
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

/** A role under a body with an accepted-qualification list, as the person's own record gives it. */
type OwnRoleStanding = { status: RoleQualification; qualifiedAt: string[]; withoutCertificate: string[] };

function OwnRoleStatus({ label, role }: { label: "Assessor" | "IQA"; role: OwnRoleStanding }) {
  // A centre of this body has verified the qualification, but its certificate is not on the person's
  // own record: say what is missing on the record, not a second verdict (handbook 4.2, 4.4, 5.20.2).
  if (role.status.status !== "qualified" && role.qualifiedAt.length > 0) {
    return (
      <div className="flex flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{label}:</span>
          <Badge tone="success">Qualified at {listOf(role.qualifiedAt)}</Badge>
          <span className="text-ink-muted">(verified there)</span>
        </p>
        <p className="text-sm">
          Add the certificate{role.withoutCertificate.length > 0 ? ` for ${listOf(role.withoutCertificate)}` : ""} to your record, so that
          it goes with you to every centre and awarding body.
        </p>
      </div>
    );
  }
  return <RoleStatus label={label} status={role.status} />;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The person's standing with one awarding body: under a body with an accepted-qualification list
 * (OCR), their assessor and/or IQA status for the roles they hold under it; under a body with an
 * approval lifecycle (the Institute, Naace), their approval by it.
 */
export function BodyStandingView({ standing }: { standing: OwnBodyStanding }) {
  const { approval } = standing;
  return (
    <section className="flex flex-col gap-3" aria-labelledby={`body-${standing.awardingBodyId}`}>
      <h3 id={`body-${standing.awardingBodyId}`} className="font-semibold">
        {standing.awardingBodyName}
      </h3>
      {approval && (
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">Your approval:</span>
          {approval.standing ? (
            <>
              <Badge tone={approval.standing.tone}>{approval.standing.stateLabel}</Badge>
              {approval.standing.since && <span className="text-ink-muted">since {displayDay(approval.standing.since)}</span>}
            </>
          ) : (
            <span>{standing.awardingBodyName} has not recorded an approval of you as an assessor yet.</span>
          )}
        </p>
      )}
      {approval?.standing?.ended && <p className="text-sm font-semibold">You may no longer assess for {standing.awardingBodyName}.</p>}
      {standing.assessor && <OwnRoleStatus label="Assessor" role={standing.assessor} />}
      {standing.iqa && <OwnRoleStatus label="IQA" role={standing.iqa} />}
      {!approval && !standing.assessor && !standing.iqa && (
        <p className="text-ink-muted">{standing.awardingBodyName} sets no qualification or approval requirement of its own.</p>
      )}
    </section>
  );
}
