import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { qaRequestAnsweredLine, qaRequestKindLabels, qaRequestStanding } from "@/lib/qa-requests/labels";
import { getQaRequest } from "@/lib/qa-requests/queries";
import { CancelQaRequestForm, CompleteQaRequestForm } from "./close-qa-request-forms";

export const metadata: Metadata = { title: "Quality-assurance request" };

export default async function QaRequestPage({ params }: { params: Promise<{ userId: string; requestId: string }> }) {
  const { userId, requestId } = await params;
  const access = await requireAccess();
  const request = await orNotFound(
    (async () => getQaRequest(access, requireRecordId(userId, "Assessor"), requireRecordId(requestId, "Quality-assurance request")))(),
  );
  const standing = qaRequestStanding(request);
  const canManage = rolesCan(access.workspace.roles, "assessorRegister.manage");
  return (
    <>
      <BackLink href={`/assessors/${request.assessorUserId}`}>{`Back to ${request.assessorName}'s compliance review`}</BackLink>
      <PageHeader
        title={`${qaRequestKindLabels[request.kind]}: ${request.assessorName}`}
        description={`Requested ${displayDay(request.requestedOn)}${request.requestedByName ? ` by ${request.requestedByName}` : ""}, due by ${displayDay(request.dueOn)}.`}
        actions={<Badge tone={standing.tone}>{standing.label}</Badge>}
      />
      <div className="flex flex-col gap-6">
        <Card title="Request">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Details</dt>
            <dd className="whitespace-pre-line">{request.details}</dd>
            <dt className="font-semibold">Assessor&apos;s answer</dt>
            <dd>
              {request.assessorResponse ? (
                <>
                  <span className="whitespace-pre-line">{request.assessorResponse}</span>
                  {request.respondedAt && <span className="mt-1 block text-sm text-ink-muted">{qaRequestAnsweredLine(request)}</span>}
                </>
              ) : (
                "Not answered yet"
              )}
            </dd>
            {request.status !== "OPEN" && (
              <>
                <dt className="font-semibold">{request.status === "COMPLETED" ? "Outcome" : "Why cancelled"}</dt>
                <dd>
                  <span className="whitespace-pre-line">{request.outcome}</span>
                  <span className="mt-1 block text-sm text-ink-muted">
                    {request.status === "COMPLETED" ? "Completed" : "Cancelled"} {displayDay(request.completedOn)}
                    {request.completedByName ? ` by ${request.completedByName}` : ""}
                  </span>
                </dd>
              </>
            )}
          </dl>
        </Card>
        {request.status === "OPEN" && canManage && (
          <>
            <Card title="Complete the request">
              <CompleteQaRequestForm workspaceKey={access.workspace.key} requestId={request.id} version={request.version} />
            </Card>
            <Card title="Cancel the request">
              <CancelQaRequestForm workspaceKey={access.workspace.key} requestId={request.id} version={request.version} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
