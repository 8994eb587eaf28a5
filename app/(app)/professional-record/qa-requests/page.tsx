import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { bodyInSentence, qaRequestAnsweredLine, qaRequestKindLabels, qaRequestStanding } from "@/lib/qa-requests/labels";
import { ownQaRequests } from "@/lib/qa-requests/queries";
import { RecordSections } from "../record-sections";
import { AnswerForm } from "./answer-form";

export const metadata: Metadata = { title: "Quality-assurance requests" };

export default async function OwnQaRequestsPage() {
  const access = await requireAccess();
  const requests = await orNotFound(ownQaRequests(access));
  const open = requests.filter((request) => request.status === "OPEN");
  // Answered requests wait for the awarding body: never overdue, the answer shown as sent.
  const waitingForYou = open.filter((request) => request.respondedAt === null);
  const answered = open.filter((request) => request.respondedAt !== null);
  const closed = requests.filter((request) => request.status !== "OPEN");
  return (
    <>
      <PageHeader
        title="Quality-assurance requests"
        description="What your awarding bodies have asked of you to quality-assure your work as an assessor: a review of your CPD log, a sample of your decisions or an observation of an assessment."
      />
      <RecordSections current="qa-requests" />
      <div className="flex flex-col gap-6">
        <Card title="Open requests">
          {open.length === 0 ? (
            <p>No open requests.</p>
          ) : waitingForYou.length === 0 ? (
            <p>None waiting for your answer.</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {waitingForYou.map((request) => {
                const standing = qaRequestStanding(request);
                const heading = `${qaRequestKindLabels[request.kind]} (${request.awardingBodyName})`;
                return (
                  <li key={request.id} className="flex flex-col gap-2 border-b border-line-subtle pb-6 last:border-b-0 last:pb-0">
                    <h3 className="text-base font-semibold">{heading}</h3>
                    <p>
                      <Badge tone={standing.tone}>{standing.label}</Badge> Requested {displayDay(request.requestedOn)}, due by{" "}
                      {displayDay(request.dueOn)}.
                    </p>
                    <p className="whitespace-pre-line">{request.details}</p>
                    <AnswerForm
                      workspaceKey={access.workspace.key}
                      requestId={request.id}
                      version={request.version}
                      current={request.assessorResponse}
                      label={`Answer: ${heading}`}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        {answered.length > 0 && (
          <Card title="Answered, waiting for the awarding body">
            <ul className="flex flex-col gap-6">
              {answered.map((request) => {
                const standing = qaRequestStanding(request);
                const heading = `${qaRequestKindLabels[request.kind]} (${request.awardingBodyName})`;
                return (
                  <li key={request.id} className="flex flex-col gap-2 border-b border-line-subtle pb-6 last:border-b-0 last:pb-0">
                    <h3 className="text-base font-semibold">{heading}</h3>
                    <p>
                      <Badge tone={standing.tone}>{standing.label}</Badge> {qaRequestAnsweredLine(request)} — waiting for{" "}
                      {bodyInSentence(request.awardingBodyName)}.
                    </p>
                    <p className="text-sm text-ink-muted">
                      Requested {displayDay(request.requestedOn)}, due by {displayDay(request.dueOn)}.
                    </p>
                    <p className="whitespace-pre-line">{request.details}</p>
                    <div>
                      <h4 className="font-semibold">Your answer</h4>
                      <p className="whitespace-pre-line">{request.assessorResponse}</p>
                    </div>
                    <details>
                      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Change your answer</summary>
                      <div className="mt-3">
                        <AnswerForm
                          workspaceKey={access.workspace.key}
                          requestId={request.id}
                          version={request.version}
                          current={request.assessorResponse}
                          label={`Change your answer: ${heading}`}
                        />
                      </div>
                    </details>
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
        {closed.length > 0 && (
          <Card title="Completed and cancelled">
            <ul className="flex flex-col gap-4">
              {closed.map((request) => {
                const standing = qaRequestStanding(request);
                return (
                  <li key={request.id} className="flex flex-col gap-1">
                    <h3 className="text-base font-semibold">
                      {qaRequestKindLabels[request.kind]} ({request.awardingBodyName})
                    </h3>
                    <p>
                      <Badge tone={standing.tone}>{standing.label}</Badge> {displayDay(request.completedOn)}
                    </p>
                    {request.outcome && <p className="whitespace-pre-line">{request.outcome}</p>}
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
