import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { listInEnglish } from "@/lib/rules/findings";
import { DECLARATION_STATEMENT } from "@/lib/sign-off/declaration-content";
import { ASSESSOR_STATEMENT } from "@/lib/sign-off/decisions";
import { evidenceMethodLabels } from "@/lib/sign-off/labels";
import { getUnitPage } from "@/lib/sign-off/queries";
import { AchievementBadge } from "../../achievement-badge";
import { CriteriaGrid } from "../../criteria-grid";
import { DeclarationForm } from "./declaration-form";
import { FormativeDecisionForm } from "./formative-decision-form";
import { SignOffForm } from "./sign-off-form";
import { UnitDecisions } from "./unit-decisions";

export const metadata: Metadata = { title: "Unit" };

const methodName = (method: string) => evidenceMethodLabels[method as keyof typeof evidenceMethodLabels] ?? method;

export default async function CandidateUnitPage({ params }: { params: Promise<{ candidateId: string; unitId: string }> }) {
  const { candidateId, unitId } = await params;
  const access = await requireAccess();
  if (!isCentreAccess(access)) notFound();
  const now = new Date();
  const page = await orNotFound(getUnitPage(access, candidateId, unitId, now));
  const { candidate, unit, viewer, declaration, assessor } = page;
  const today = isoDay(now);
  const problems = page.readiness?.findings.filter((finding) => finding.severity === "problem") ?? [];
  const warnings = page.readiness?.findings.filter((finding) => finding.severity === "warning") ?? [];
  const mayAssess = assessor !== null && assessor.blockedBy === null;

  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title={unit.title}
        description={`${candidate.name} · ${unit.urn} · ${unit.credit} ${unit.credit === 1 ? "credit" : "credits"} · level ${unit.level}`}
      />
      <div className="flex flex-col gap-6">
        <p>
          <AchievementBadge achievement={page.achievement} />
        </p>

        <section aria-labelledby="claim-heading" className="rounded-md border border-line-subtle p-3">
          <h2 id="claim-heading" className="font-semibold">
            Certificate claim
          </h2>
          {page.claim.canBeClaimed ? (
            <p>
              <Badge tone="success">
                <span aria-hidden="true">{"\u2713"} </span>Can be claimed
              </Badge>
            </p>
          ) : (
            <p>This unit cannot be claimed yet:</p>
          )}
          {page.claim.findings.length > 0 && (
            <ul className="list-disc pl-6">
              {page.claim.findings.map((finding) => (
                <li key={finding.code}>{finding.message}</li>
              ))}
            </ul>
          )}
        </section>

        {assessor?.blockedBy && (
          <p role="note" className="rounded-md border-2 border-danger-700 bg-danger-50 p-3">
            {assessor.blockedBy}
          </p>
        )}

        <Card title="Assessment criteria">
          <CriteriaGrid candidateId={candidate.id} criteria={page.records.progress} label={`Criteria of ${unit.title}`} />
        </Card>

        <Card title="The candidate's declaration">
          <p className="mb-3">
            {declaration.current ? (
              <Badge tone="success">
                <span aria-hidden="true">{"\u2713"} </span>Signed {displayDay(declaration.current.signedAt)} for the evidence listed here
                (version {declaration.current.version})
              </Badge>
            ) : declaration.versions.length > 0 ? (
              <Badge tone="warning">The evidence changed since the candidate last signed: it needs signing again</Badge>
            ) : (
              <Badge tone="neutral">Not signed yet</Badge>
            )}
          </p>
          {declaration.content.evidence.length === 0 ? (
            <p>There is no evidence for this unit yet, so there is nothing to declare.</p>
          ) : (
            <>
              <h3 className="font-semibold">The evidence for this unit</h3>
              <ul className="mb-4 list-disc pl-6">
                {declaration.content.evidence.map((item) => (
                  <li key={item.id}>
                    <span className="font-semibold">{item.reference}</span> {item.title} ({methodName(item.method)}; criteria{" "}
                    {listInEnglish(item.criteria)})
                  </li>
                ))}
              </ul>
              {viewer.isOwnCandidate && !declaration.current && (
                <DeclarationForm
                  workspaceKey={access.workspace.key}
                  candidateId={candidate.id}
                  unitId={unit.id}
                  contentSha256={declaration.contentSha256}
                  statement={DECLARATION_STATEMENT}
                />
              )}
            </>
          )}
        </Card>

        {assessor && (
          <Card title="Ready to sign off?">
            {assessor.qualification.status === "notQualified" ? (
              <ul className="mb-3 list-disc pl-6">
                {assessor.qualification.findings.map((finding) => (
                  <li key={finding.code}>{finding.message}</li>
                ))}
              </ul>
            ) : assessor.qualification.status === "workingTowards" ? (
              <p className="mb-3">
                {/* A "held" entry this centre has not yet verified counts as working towards it (handbook 4.2, 5.20.2). */}
                {assessor.qualification.findings.find((finding) => finding.code === "qualification.not-verified")?.message ?? (
                  <>
                    You are working towards {assessor.qualification.basis?.name ?? "an assessor qualification"}: a sign-off by you awaits
                    countersignature by a qualified assessor and does not count until then.
                  </>
                )}
              </p>
            ) : null}
            {page.readiness?.ready ? (
              <p className="mb-3">
                <Badge tone="success">
                  <span aria-hidden="true">{"\u2713"} </span>Every condition for sign-off is met
                </Badge>
              </p>
            ) : (
              <>
                <p className="mb-2">This unit cannot be signed off yet. Every condition still unmet:</p>
                <ul className="mb-3 list-disc pl-6">
                  {problems.map((finding) => (
                    <li key={finding.code}>
                      {finding.message} <span className="text-sm text-ink-muted">({finding.source})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {warnings.length > 0 && (
              <>
                <h3 className="font-semibold">Check before signing</h3>
                <ul className="mb-3 list-disc pl-6">
                  {warnings.map((finding) => (
                    <li key={finding.code}>{finding.message}</li>
                  ))}
                </ul>
              </>
            )}
            {page.openSignOff ? (
              <p>This unit already has a sign-off decision: see the decisions below.</p>
            ) : page.readiness?.ready && mayAssess && assessor.qualification.status !== "notQualified" ? (
              <SignOffForm
                workspaceKey={access.workspace.key}
                candidateId={candidate.id}
                unitId={unit.id}
                today={today}
                statement={ASSESSOR_STATEMENT}
                awaitsCountersignature={assessor.qualification.status === "workingTowards"}
                contentSha256={assessor.evidenceSha256}
              />
            ) : null}
          </Card>
        )}

        <Card title="Decisions">
          <UnitDecisions
            workspaceKey={access.workspace.key}
            decisions={page.decisions}
            viewer={viewer}
            mayAssess={mayAssess}
            qualified={assessor?.qualification.status === "qualified"}
            evidenceSha256={assessor?.evidenceSha256 ?? null}
          />
          {mayAssess && (
            <details className="mt-4 rounded-md border border-line-subtle p-3">
              <summary className="cursor-pointer font-semibold">Record a formative decision</summary>
              <div className="mt-3">
                <FormativeDecisionForm workspaceKey={access.workspace.key} candidateId={candidate.id} unitId={unit.id} today={today} />
              </div>
            </details>
          )}
        </Card>

        {declaration.versions.length > 0 && (
          <Card title="Declaration versions">
            <ol className="flex flex-col gap-2">
              {declaration.versions.map((version) => (
                <li key={version.version}>
                  Version {version.version} ({displayDay(version.createdAt)}):{" "}
                  {version.signatures.length === 0
                    ? "not signed"
                    : version.signatures
                        .map((s) => `signed by ${s.signer.name} ${displayDay(s.signedAt)}${s.valid ? "" : " (does not match: not valid)"}`)
                        .join("; ")}
                  {declaration.current?.version === version.version ? " · current" : ""}
                </li>
              ))}
            </ol>
          </Card>
        )}
      </div>
    </>
  );
}
