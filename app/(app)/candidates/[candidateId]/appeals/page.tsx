import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { appealStatusLabels } from "@/lib/appeals/labels";
import { listCandidateAppeals } from "@/lib/appeals/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { AppealDecision } from "./appeal-decision";
import { HowToAppeal } from "./how-to-appeal";

export const metadata: Metadata = { title: "Appeals" };

export default async function CandidateAppealsPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, appeals } = await orNotFound(listCandidateAppeals(access, candidateId));
  const isTheCandidate = candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{isTheCandidate ? "Back to your record" : `Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title={isTheCandidate ? "Your appeals" : "Appeals"}
        description={isTheCandidate ? "Appeals you have made against assessment decisions." : `Appeals ${candidate.name} has made.`}
      />
      <div className="flex flex-col gap-6">
        <Card title={isTheCandidate ? "Appeals you have made" : "Appeals made"}>
          {appeals.length === 0 ? (
            <p>No appeals.</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {appeals.map((appeal) => (
                <li key={appeal.id} className="rounded-md border border-line-subtle p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">Lodged {displayDay(appeal.lodgedOn)}</span>
                    <Badge tone={appeal.status === "LODGED" ? "info" : appeal.status === "UPHELD" ? "success" : "neutral"}>
                      {appealStatusLabels[appeal.status]}
                    </Badge>
                  </p>
                  <p className="mt-2">
                    <span className="font-semibold">Decision: </span>
                    <AppealDecision unitDecision={appeal.unitDecision} decisionDescription={appeal.decisionDescription} />
                  </p>
                  <p className="mt-2 whitespace-pre-line">
                    <span className="font-semibold">Grounds: </span>
                    {appeal.grounds}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title="How to appeal an assessment decision">
          <HowToAppeal candidateId={candidate.id} mayLodge={isTheCandidate} />
        </Card>
      </div>
    </>
  );
}
