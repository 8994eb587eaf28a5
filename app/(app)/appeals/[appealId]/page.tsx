import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { appealStatusLabels } from "@/lib/appeals/labels";
import { appealInRegister } from "@/lib/appeals/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { AppealDecision } from "../../candidates/[candidateId]/appeals/appeal-decision";
import { AppealStepForms } from "./step-forms";

export const metadata: Metadata = { title: "Appeal" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

export default async function AppealPage({ params }: { params: Promise<{ appealId: string }> }) {
  const access = await requireAccess();
  const { appealId } = await params;
  const { appeal, open, nextSteps, deciders } = await orNotFound(appealInRegister(access, appealId));
  const steps: { label: string; on: Date | null; note?: string | null }[] = [
    { label: "Lodged", on: appeal.lodgedOn },
    { label: "Acknowledged", on: appeal.acknowledgedOn },
    { label: "Review started", on: appeal.reviewStartedOn },
    {
      label: appeal.status === "UPHELD" ? "Decided: upheld" : "Decided: not upheld",
      on: appeal.decidedOn,
      note: appeal.decidedBy ? `Decided by ${appeal.decidedBy.name}. ${appeal.outcomeReasons ?? ""}` : appeal.outcomeReasons,
    },
    { label: "Withdrawn", on: appeal.withdrawnOn, note: appeal.withdrawalNote },
    { label: "Referred to the awarding body", on: appeal.referredOn, note: appeal.referralNote },
    { label: "Awarding body's outcome", on: appeal.awardingBodyOutcomeOn, note: appeal.awardingBodyOutcome },
  ];
  const unitHref = appeal.unitDecision ? `/candidates/${appeal.candidate.id}/units/${appeal.unitDecision.unit.id}` : null;
  return (
    <>
      <BackLink href="/appeals">All appeals</BackLink>
      <PageHeader
        title={`Appeal by ${appeal.candidate.name}`}
        description={`Lodged ${displayDay(appeal.lodgedOn)}. ${open ? "Open: it blocks the claim for the unit and the destruction of the candidate's records." : "Closed."}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="The decision appealed against">
          <p>
            <AppealDecision unitDecision={appeal.unitDecision} decisionDescription={appeal.decisionDescription} />
          </p>
          {appeal.unitDecision && <p className="mt-1 text-sm text-ink-muted">Assessor: {appeal.unitDecision.assessor.name}</p>}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {unitHref && (
              <Link href={unitHref} className={linkClasses}>
                Open the unit and its decisions
              </Link>
            )}
            <Link href={`/candidates/${appeal.candidate.id}/appeals`} className={linkClasses}>
              {appeal.candidate.name}&rsquo;s appeals
            </Link>
          </p>
          <h3 className="mt-4 text-base font-semibold">The candidate&rsquo;s grounds</h3>
          <p className="whitespace-pre-line">{appeal.grounds}</p>
        </Card>
        <Card title="Where it is">
          <p className="mb-3">
            <Badge tone={open ? "info" : appeal.status === "UPHELD" ? "success" : "neutral"}>{appealStatusLabels[appeal.status]}</Badge>
            {appeal.referredOn && appeal.awardingBodyOutcomeOn === null && (
              <Badge tone="warning" className="ml-2">
                With the awarding body
              </Badge>
            )}
          </p>
          <ol className="flex flex-col gap-2">
            {steps
              .filter((step) => step.on !== null)
              .map((step) => (
                <li key={step.label} className="border-l-2 border-line pl-3">
                  <span className="font-semibold">{step.label}</span>, {displayDay(step.on)}
                  {step.note && <p className="whitespace-pre-line text-sm">{step.note}</p>}
                </li>
              ))}
          </ol>
        </Card>
        {nextSteps.length > 0 && (
          <Card title="Record the next step">
            {/* Keyed by version: after a step, every form starts again on the appeal's new version. */}
            <AppealStepForms
              key={appeal.version}
              workspaceKey={access.workspace.key}
              appealId={appeal.id}
              version={appeal.version}
              today={isoDay(new Date())}
              steps={nextSteps}
              deciders={deciders}
              assessorName={appeal.unitDecision?.assessor.name ?? null}
            />
          </Card>
        )}
      </div>
    </>
  );
}
