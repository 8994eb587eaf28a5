import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { assessmentMethodLabels, planStatusLabels } from "@/lib/assessment-plans/labels";
import type { PlanContent } from "@/lib/assessment-plans/plan-content";
import { getCandidatePlan } from "@/lib/assessment-plans/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels, rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay } from "@/lib/format/dates";
import { ConfirmPlanForm } from "./confirm-plan-form";

export const metadata: Metadata = { title: "Assessment plan" };

const signatureRoleLabels = {
  CANDIDATE: roleLabels.CANDIDATE,
  ASSESSOR: roleLabels.ASSESSOR,
  COUNTERSIGNING_ASSESSOR: "Countersigning assessor",
  IQA: "IQA",
} as const;

const day = (iso: string) => (iso === "" ? "Not set" : displayLongDay(new Date(`${iso}T00:00:00Z`)));

/** The plan's content as the candidate reads and signs it. */
function PlanDetails({ content }: { content: PlanContent }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Agreed activities</dt>
      <dd className="whitespace-pre-line">{content.activities}</dd>
      <dt className="font-semibold">Assessment methods</dt>
      <dd>{content.methods.map((method) => assessmentMethodLabels[method] ?? method).join(", ")}</dd>
      <dt className="font-semibold">Evidence sources</dt>
      <dd className="whitespace-pre-line">{content.evidenceSources}</dd>
      <dt className="font-semibold">Units covered</dt>
      <dd>
        <ul className="flex flex-col gap-1">
          {content.units.map((unit) => (
            <li key={unit.id}>
              {unit.title} <span className="text-ink-muted">({unit.urn})</span>
            </li>
          ))}
        </ul>
      </dd>
      <dt className="font-semibold">Planned date</dt>
      <dd>{day(content.plannedOn)}</dd>
      <dt className="font-semibold">Review date</dt>
      <dd>{day(content.reviewOn)}</dd>
      <dt className="font-semibold">Place</dt>
      <dd>{content.place || "Not set"}</dd>
      <dt className="font-semibold">People involved</dt>
      <dd className="whitespace-pre-line">{content.peopleInvolved || "Only the assessor and the candidate"}</dd>
    </dl>
  );
}

export default async function PlanPage({ params }: { params: Promise<{ candidateId: string; planId: string }> }) {
  const { candidateId, planId } = await params;
  const access = await requireAccess();
  const { candidate, plan, author, content, recordVersion, versions } = await orNotFound(getCandidatePlan(access, candidateId, planId));
  const isTheCandidate = candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  const mayEdit = rolesCan(access.workspace.roles, "assessment.record") && candidate.status === "ACTIVE";
  const currentSignature = versions.find((version) => version.version === recordVersion)?.signatures.find((s) => s.role === "CANDIDATE");
  const awaiting = plan.status === "AWAITING_CANDIDATE" && !currentSignature;

  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/plans`}>Back to plans</BackLink>
      <PageHeader
        title={plan.title}
        description={`${isTheCandidate ? "Your plan" : `${candidate.name}'s plan`}${author ? `, written by ${author}` : ""} · version ${recordVersion}`}
        actions={
          mayEdit ? (
            <Link href={`/candidates/${candidate.id}/plans/${plan.id}/edit`} className={buttonClasses("secondary")}>
              Change the plan
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="The plan">
          <p className="mb-4">
            <Badge tone={awaiting ? "warning" : "success"}>
              {awaiting && isTheCandidate ? "Waiting for you to confirm" : planStatusLabels[awaiting ? "AWAITING_CANDIDATE" : "AGREED"]}
            </Badge>
            {currentSignature && (
              <span className="ml-2 text-sm text-ink-muted">
                Agreed by {currentSignature.signer.name} on {displayDay(currentSignature.signedAt)}
              </span>
            )}
          </p>
          <PlanDetails content={content} />
        </Card>

        {isTheCandidate && awaiting && (
          <Card title="Confirm this plan">
            <ConfirmPlanForm workspaceKey={access.workspace.key} planId={plan.id} recordVersion={recordVersion} />
          </Card>
        )}
        {!isTheCandidate && awaiting && (
          <Card title="Waiting for the candidate">
            <p>
              {candidate.name} confirms version {recordVersion} from their own account
              {candidate.userId ? "" : " once they have accepted their invitation to Assay"}.
            </p>
          </Card>
        )}

        <Card title="Versions and signatures">
          <p className="mb-4 text-ink-muted">
            Every change is kept as a numbered version. A signature is valid only for the version it was given on.
          </p>
          <ol className="flex flex-col gap-4">
            {versions.map((version) => (
              <li key={version.version} className="rounded-md border border-line-subtle p-3">
                <h3 className="font-semibold">
                  Version {version.version}
                  {version.version === recordVersion ? " (current)" : ""}
                </h3>
                <p className="text-sm text-ink-muted">Saved {displayDay(version.createdAt)}</p>
                {!version.intact && (
                  <p className="mt-1 font-semibold text-danger-800">
                    This version&apos;s stored content no longer matches its fingerprint.
                  </p>
                )}
                {version.signatures.length === 0 ? (
                  <p className="mt-2">Not signed.</p>
                ) : (
                  <ul className="mt-2 flex flex-col gap-1">
                    {version.signatures.map((signature) => (
                      <li key={signature.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          {signatureRoleLabels[signature.role as keyof typeof signatureRoleLabels] ?? signature.role}:{" "}
                          {signature.signer.name}, {displayDay(signature.signedAt)} &ldquo;{signature.statement}&rdquo;
                        </span>
                        <Badge tone={signature.valid ? "success" : "danger"}>
                          {signature.valid ? "Valid for this version" : "Not valid"}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
                {version.version !== recordVersion && version.content && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Show version {version.version}</summary>
                    <div className="mt-3">
                      <p className="mb-2 font-semibold">{version.content.title}</p>
                      <PlanDetails content={version.content} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
