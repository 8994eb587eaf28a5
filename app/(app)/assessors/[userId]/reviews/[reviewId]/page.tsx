import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { stateLabel } from "@/lib/approvals/labels";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { correspondenceDirectionLabels, supportingReviewStatusLabels } from "@/lib/supporting-reviews/labels";
import { getSupportingReview } from "@/lib/supporting-reviews/queries";
import { CloseReviewForm } from "./close-review-form";
import { CorrespondenceForm } from "./correspondence-form";
import { NoResponseForm } from "./no-response-form";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "Supporting review" };

export default async function SupportingReviewPage({ params }: { params: Promise<{ userId: string; reviewId: string }> }) {
  const { userId, reviewId } = await params;
  const access = await requireAccess();
  const review = await orNotFound(
    (async () => getSupportingReview(access, requireRecordId(userId, "Assessor"), requireRecordId(reviewId, "Supporting review")))(),
  );
  const now = new Date();
  const today = isoDay(now);
  const canManage = rolesCan(access.workspace.roles, "assessorRegister.manage");
  const open = review.status === "OPEN";
  const status = supportingReviewStatusLabels[review.status];
  const assessor = review.approval.assessor;
  return (
    <>
      <BackLink href={`/assessors/${assessor.id}`}>{`Back to ${assessor.name}'s compliance review`}</BackLink>
      <PageHeader
        title={`Supporting review: ${assessor.name}`}
        description={`Opened ${displayDay(review.openedOn)}. Approval now: ${stateLabel("ICS", review.approval.state)}.`}
        actions={<Badge tone={status.tone}>{status.label}</Badge>}
      />
      <div className="flex flex-col gap-6">
        <p className="max-w-3xl">
          The Institute&apos;s code: a breach triggers a supporting review, in which the assessor is supported towards compliance. Where an
          assessor repeatedly breaches the Code or fails to respond to correspondence about a breach, approval may be withdrawn.
        </p>
        {!open && (
          <Card title="How it ended">
            <p>
              {status.label} on {displayDay(review.closedOn)}.
            </p>
            <p className="mt-2 whitespace-pre-line">{review.outcome}</p>
          </Card>
        )}

        <Card title="Breaches">
          <Table caption="Breaches recorded in this review" captionHidden>
            <THead>
              <TR>
                <TH>Date</TH>
                <TH>What happened</TH>
                <TH>Recorded by</TH>
              </TR>
            </THead>
            <TBody>
              {review.breaches.map((breach) => (
                <TR key={breach.id}>
                  <TD className="whitespace-nowrap">{displayDay(breach.occurredOn)}</TD>
                  <TD className="whitespace-pre-line">{breach.description}</TD>
                  <TD>{breach.recordedByName}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          {open && (
            <p className="mt-3 text-sm text-ink-muted">A further breach is recorded from the compliance review and joins this review.</p>
          )}
        </Card>

        <Card title="Correspondence">
          {review.correspondence.length === 0 ? (
            <p>No correspondence recorded yet.</p>
          ) : (
            <Table caption="Letters and emails in this review, oldest first" captionHidden>
              <THead>
                <TR>
                  <TH>Date sent</TH>
                  <TH>Direction</TH>
                  <TH>Summary</TH>
                  <TH>Response due</TH>
                </TR>
              </THead>
              <TBody>
                {review.correspondence.map((letter) => (
                  <TR key={letter.id}>
                    <TD className="whitespace-nowrap">{displayDay(letter.sentOn)}</TD>
                    <TD>{correspondenceDirectionLabels[letter.direction]}</TD>
                    <TD className="whitespace-pre-line">{letter.summary}</TD>
                    <TD className="whitespace-nowrap">{letter.responseDueOn ? displayDay(letter.responseDueOn) : "—"}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {review.unanswered && (
            <p className="mt-3">
              <Badge tone="danger">Unanswered</Badge> The letter of {displayDay(new Date(review.unanswered.sentOn))} asked for a reply by{" "}
              {displayDay(new Date(review.unanswered.responseDueOn))}; none is recorded since.
            </p>
          )}
          {review.noResponseRecorded && <p className="mt-3 font-semibold">No response to the correspondence is recorded.</p>}
          {open && canManage && (
            <div className="mt-6 flex flex-col gap-6">
              <div>
                <h3 className="mb-3 text-base font-semibold">Record a letter or email</h3>
                <CorrespondenceForm workspaceKey={access.workspace.key} reviewId={review.id} today={today} />
              </div>
              {!review.noResponseRecorded && (
                <div>
                  <h3 className="mb-2 text-base font-semibold">No response</h3>
                  <p className="mb-3 max-w-xl text-sm text-ink-muted">
                    {review.noResponseRefusal ??
                      "A letter's response date has passed with no reply: recording it allows withdrawal for no response."}
                  </p>
                  {review.noResponseRefusal === null && (
                    <NoResponseForm workspaceKey={access.workspace.key} reviewId={review.id} version={review.version} />
                  )}
                </div>
              )}
            </div>
          )}
        </Card>

        {open && canManage && (
          <>
            <Card title="Close the review">
              <CloseReviewForm workspaceKey={access.workspace.key} reviewId={review.id} version={review.version} today={today} />
            </Card>
            <Card title="Withdraw approval">
              <p className="mb-4 max-w-xl text-sm text-ink-muted">
                For repeated breaches (at least as many as the Institute&apos;s policy sets) or for no response, once it is recorded above.
              </p>
              <WithdrawForm workspaceKey={access.workspace.key} reviewId={review.id} version={review.version} today={today} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
