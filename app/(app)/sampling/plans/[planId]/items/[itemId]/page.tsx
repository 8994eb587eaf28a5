import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { SignedVersionList } from "@/components/signatures/signed-version-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { listInEnglish } from "@/lib/rules/findings";
import { samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { IQA_STATEMENT } from "@/lib/sampling-records/countersign-as-iqa";
import { getSamplingItemPage } from "@/lib/sampling-records/queries";
import {
  decisionStatusLabels,
  decisionTypeLabels,
  evidenceMethodLabels,
  methodLabels,
  outcomeLabels,
  standingLabels,
  type AssessmentMethodCode,
} from "@/lib/sign-off/labels";
import { CountersignForm } from "./countersign-form";
import { SamplingForm } from "./sampling-form";

export const metadata: Metadata = { title: "Sample a decision" };

const linkClass = "text-brand-800 underline underline-offset-2";
const outcomeTone = { AGREE: "success", AGREE_WITH_ACTION: "warning", DISAGREE: "danger" } as const;
const methodName = (method: string) => evidenceMethodLabels[method as keyof typeof evidenceMethodLabels] ?? method;

export default async function SamplingItemPage({ params }: { params: Promise<{ planId: string; itemId: string }> }) {
  const { planId, itemId } = await params;
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "sampling.view")) notFound();
  const now = new Date();
  const page = await orNotFound(getSamplingItemPage(access, planId, itemId, now));
  const { decision, plan, item, record, viewer, countersign, signedContent } = page;
  const candidateHref = `/candidates/${decision.candidate.id}`;
  const evidenceIds = new Set(page.evidence.map((evidence) => evidence.id));
  const reliedOn = signedContent?.evidenceReliedOn ?? [];
  const criterionRef = new Map(page.criteria.map((criterion) => [criterion.id, criterion.ref]));
  const evidenceLabel = new Map(page.evidence.map((evidence) => [evidence.id, `${evidence.reference} ${evidence.title}`]));
  // The form starts from what the decision rests on: every criterion, the evidence relied on (else all accepted), its methods.
  const reliedEvidence = page.evidence.filter((evidence) => reliedOn.some((relied) => relied.id === evidence.id));
  const startEvidence = reliedEvidence.length > 0 ? reliedEvidence : page.evidence.filter((evidence) => evidence.status === "ACCEPTED");
  const iqaSignatures = page.versions.flatMap((version) =>
    version.signatures.filter((signature) => signature.role === "IQA").map((signature) => ({ version: version.version, signature })),
  );
  const current = page.versions[0];

  return (
    <>
      <BackLink href={`/sampling/plans/${plan.id}`}>Back to the sampling plan</BackLink>
      <PageHeader
        title={`Sampling: ${decision.unit.title}`}
        description={`${decision.candidate.name} · ${decision.unit.urn} · assessed by ${decision.assessor.name} · ${samplingStageLabels[item.stage]} · ${plan.iqa.name}'s plan for ${plan.qualification.title}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="The assessment decision (RD10)">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Candidate</dt>
            <dd>
              <Link href={candidateHref} className={linkClass}>
                {decision.candidate.name}
              </Link>
            </dd>
            <dt className="font-semibold">Unit</dt>
            <dd>
              <Link href={`${candidateHref}/units/${decision.unit.id}`} className={linkClass}>
                {decision.unit.urn} {decision.unit.title}
              </Link>
            </dd>
            <dt className="font-semibold">Assessor</dt>
            <dd>{decision.assessor.name}</dd>
            <dt className="font-semibold">Decision</dt>
            <dd>
              {decisionTypeLabels[decision.decisionType]}: {outcomeLabels[decision.outcome]}, {displayDay(decision.decidedOn)}
            </dd>
            <dt className="font-semibold">Status</dt>
            <dd>
              <Badge tone={decision.status === "SIGNED_OFF" ? "success" : decision.status === "REOPENED" ? "danger" : "neutral"}>
                {decisionStatusLabels[decision.status]}
              </Badge>
            </dd>
            <dt className="font-semibold">Why it is in the plan</dt>
            <dd>{item.reason}</dd>
          </dl>
          {decision.reopenedAt && decision.reopenedReason && (
            <p className="mt-3">
              Reopened on {displayDay(decision.reopenedAt)} after the IQA disagreed: {decision.reopenedReason}
            </p>
          )}
          <h3 className="mt-4 font-semibold">Rationale</h3>
          <p className="whitespace-pre-line">{decision.rationale}</p>
        </Card>

        <Card title="Evidence relied on">
          {reliedOn.length === 0 ? (
            <p>
              {decision.decisionType === "FORMATIVE"
                ? "A formative decision is not signed, so it names no evidence: the candidate's evidence for the unit is listed in the form below."
                : "The signed record names no evidence."}
            </p>
          ) : (
            <ul className="list-disc pl-6">
              {reliedOn.map((relied) => (
                <li key={relied.id}>
                  {evidenceIds.has(relied.id) ? (
                    <Link href={`${candidateHref}/evidence/${relied.id}`} className={linkClass}>
                      {relied.label}
                    </Link>
                  ) : (
                    relied.label
                  )}{" "}
                  ({methodName(relied.method)}; criteria {listInEnglish(relied.criteria)})
                </li>
              ))}
            </ul>
          )}
          {signedContent?.candidateDeclaration && (
            <p className="mt-3">
              The candidate declared the work their own on {displayDay(new Date(signedContent.candidateDeclaration.signedAt))} (declaration
              version {signedContent.candidateDeclaration.version}).
            </p>
          )}
        </Card>

        <Card title="Assessment criteria">
          <ul className="flex flex-col gap-1">
            {page.criteria.map((criterion) => {
              const standing = page.progress.find((cell) => cell.criterionId === criterion.id)?.standing;
              return (
                <li key={criterion.id}>
                  <span className="font-semibold">{criterion.ref}</span> {criterion.text}
                  {standing ? ` · ${standingLabels[standing]}` : ""}
                </li>
              );
            })}
          </ul>
        </Card>

        <Card title="Versions and signatures">
          {page.versions.length === 0 ? (
            <p>This decision has no signed versions (formative decisions are not signed).</p>
          ) : (
            <SignedVersionList versions={page.versions} />
          )}
        </Card>

        {page.otherSampling.length > 0 && (
          <Card title="Other sampling of this decision">
            <ul className="list-disc pl-6">
              {page.otherSampling.map((other) => (
                <li key={other.id}>
                  <Link href={`/sampling/plans/${other.planItem.planId}/items/${other.planItem.id}`} className={linkClass}>
                    {displayDay(other.sampledOn)}: {samplingOutcomeLabels[other.outcome]} ({other.iqa.name})
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}

        {page.records.map((entry, index) => (
          <Card
            key={entry.id}
            title={page.records.length > 1 ? `Sampling record ${index + 1} of ${page.records.length} (RD11)` : "Sampling record (RD11)"}
          >
            <p className="mb-3 flex flex-wrap items-center gap-2">
              <Badge tone={outcomeTone[entry.outcome]}>{samplingOutcomeLabels[entry.outcome]}</Badge>
              <span>
                {displayDay(new Date(`${entry.sampledOn}T00:00:00Z`))} · {entry.iqa.name} · {samplingStageLabels[entry.stage]} · decision
                version {entry.decisionVersion === 0 ? "unsigned" : entry.decisionVersion}
              </span>
            </p>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">Criteria sampled</dt>
              <dd>{listInEnglish(entry.criterionIds.map((id) => criterionRef.get(id) ?? "?"))}</dd>
              <dt className="font-semibold">Evidence looked at</dt>
              <dd>
                {entry.evidenceItemIds.length === 0
                  ? "None"
                  : listInEnglish(
                      entry.evidenceItemIds.map((id) => evidenceLabel.get(id) ?? "an evidence item no longer linked to the unit"),
                    )}
              </dd>
              <dt className="font-semibold">Methods</dt>
              <dd>{entry.methods.length === 0 ? "None recorded" : listInEnglish(entry.methods.map((method) => methodLabels[method]))}</dd>
              <dt className="font-semibold">Rationale</dt>
              <dd className="whitespace-pre-line">{entry.rationale}</dd>
            </dl>
            {entry.feedback && (
              <>
                <h3 className="mt-4 font-semibold">Feedback to {decision.assessor.name} (RD07)</h3>
                <p className="whitespace-pre-line">{entry.feedback.feedbackOnPractice}</p>
                <p className="mt-1 text-sm">
                  {entry.feedback.acknowledgedAt
                    ? `Acknowledged ${displayDay(entry.feedback.acknowledgedAt)}.`
                    : "Not yet acknowledged by the assessor."}{" "}
                  <Link href={`/iqa-feedback/${entry.feedback.id}`} className={linkClass}>
                    Open the feedback
                  </Link>
                </p>
                {entry.feedback.actions.length > 0 && (
                  <ul className="mt-2 list-disc pl-6">
                    {entry.feedback.actions.map((action) => (
                      <li key={action.id}>
                        {action.description} · due {displayDay(new Date(`${action.dueOn}T00:00:00Z`))} ·{" "}
                        {action.status === "DONE" ? "done" : "open"}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </Card>
        ))}
        {viewer.isPlanIqa && (viewer.maySample || viewer.sampleBlockedBy.length > 0) ? (
          <Card title={record ? "Sample this decision again" : "Sample this decision"}>
            {record && (
              <p className="mb-3">
                You disagreed with this decision on {displayDay(new Date(`${record.sampledOn}T00:00:00Z`))}. The disagreement is resolved
                only when, after the assessor has changed the decision and signed it again, you sample it again here and agree.
              </p>
            )}
            {viewer.maySample ? (
              <SamplingForm
                workspaceKey={access.workspace.key}
                planItemId={item.id}
                shown={page.shown}
                today={isoDay(now)}
                assessorName={decision.assessor.name}
                criteria={page.criteria.map((criterion) => ({ value: criterion.id, label: `${criterion.ref} ${criterion.text}` }))}
                evidence={page.evidence.map((evidence) => ({
                  value: evidence.id,
                  label: `${evidence.reference} ${evidence.title} (${methodLabels[evidence.method]}${evidence.criteriaRefs.length > 0 ? `; criteria ${listInEnglish(evidence.criteriaRefs)}` : ""})`,
                }))}
                methods={(Object.keys(methodLabels) as AssessmentMethodCode[]).map((code) => ({ value: code, label: methodLabels[code] }))}
                defaults={{
                  criterionIds: page.criteria.map((criterion) => criterion.id),
                  evidenceItemIds: startEvidence.map((evidence) => evidence.id),
                  methods: [...new Set(startEvidence.map((evidence) => evidence.method))],
                }}
              />
            ) : (
              <>
                <p className="mb-2">You cannot sample this decision now:</p>
                <ul className="list-disc pl-6">
                  {viewer.sampleBlockedBy.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        ) : !record ? (
          <Card title="Sampling record (RD11)">
            <p>Not sampled yet. Only the plan&apos;s IQA, {plan.iqa.name}, records the sampling.</p>
          </Card>
        ) : null}

        {decision.decisionType === "SUMMATIVE" && (
          <Card title="IQA countersignature">
            {iqaSignatures.length === 0 ? (
              <p className="mb-3">No IQA has countersigned this decision.</p>
            ) : (
              <ul className="mb-3 list-disc pl-6">
                {iqaSignatures.map(({ version, signature }) => (
                  <li key={signature.id}>
                    Version {version} countersigned by {signature.signer.name} as IQA on {displayDay(signature.signedAt)}
                    {signature.valid ? "" : " (does not match: not valid)"}
                  </li>
                ))}
              </ul>
            )}
            {current && iqaSignatures.length > 0 && !iqaSignatures.some((entry) => entry.version === current.version) && (
              <p className="mb-3">The current version ({current.version}) is not countersigned by the IQA.</p>
            )}
            {countersign.allowed && record && countersign.version && countersign.contentSha256 ? (
              <CountersignForm
                workspaceKey={access.workspace.key}
                samplingRecordId={record.id}
                decisionVersion={countersign.version}
                contentSha256={countersign.contentSha256}
                statement={IQA_STATEMENT}
              />
            ) : countersign.reason ? (
              <p>{countersign.reason}</p>
            ) : null}
          </Card>
        )}
      </div>
    </>
  );
}
