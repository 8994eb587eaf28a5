import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { iqaFeedbackOverview, registerLimit, type IqaFeedbackSummary } from "@/lib/iqa-feedback/queries";
import { ActionList } from "./action-list";
import { FeedbackSource, FeedbackTable } from "./feedback-list";

export const metadata: Metadata = { title: "IQA feedback" };

const linkClasses = "text-brand-800 underline underline-offset-2";

function ReceivedFeedback({ entry }: { entry: IqaFeedbackSummary }) {
  return (
    <Card>
      <h3 className="text-lg font-semibold">
        <Link href={`/iqa-feedback/${entry.id}`} className={linkClasses}>
          Feedback from {entry.iqa.name}, {displayDay(entry.givenOn)}
        </Link>
      </h3>
      <p className="mb-2 text-sm text-ink-muted">
        <FeedbackSource feedback={entry} />
      </p>
      <p className="line-clamp-3 whitespace-pre-line">{entry.feedbackOnPractice}</p>
      <p className="mt-2 text-sm text-ink-muted">
        {entry.actionCounts.open} open {entry.actionCounts.open === 1 ? "action" : "actions"}
        {entry.actionCounts.overdue > 0 && <>, {entry.actionCounts.overdue} overdue</>}
      </p>
      {entry.respondedAt === null ? (
        <p className="mt-3">
          <Link href={`/iqa-feedback/${entry.id}`} className={buttonClasses("secondary", "sm")}>
            Read and respond<span className="sr-only"> to the feedback of {displayDay(entry.givenOn)}</span>
          </Link>
        </p>
      ) : (
        <p className="mt-3">
          <Badge tone="success">Responded {displayDay(entry.respondedAt)}</Badge>
        </p>
      )}
    </Card>
  );
}

export default async function IqaFeedbackPage() {
  const access = await requireAccess();
  const { centre, receives, gives, received, given, register, owned, set } = await orNotFound(iqaFeedbackOverview(access));
  const awaiting = received?.filter((entry) => entry.respondedAt === null) ?? [];
  const responded = received?.filter((entry) => entry.respondedAt !== null) ?? [];
  const ownedOpen = owned.filter((action) => action.status === "OPEN");
  const ownedDone = owned.filter((action) => action.status === "DONE");
  const overdueOwned = ownedOpen.filter((action) => action.overdue).length;
  const overdueSet = set.filter((action) => action.overdue).length;

  return (
    <>
      <PageHeader
        title="IQA feedback"
        description={
          gives
            ? "Written feedback to assessors on their practice (RD07) and the actions agreed, with the assessors' responses."
            : receives
              ? "Feedback from your IQA on your assessing (RD07), the actions agreed, and your responses."
              : "Every piece of feedback the centre's IQAs have given assessors (RD07), with their actions and responses."
        }
        actions={
          gives ? (
            <Link href="/iqa-feedback/new" className={buttonClasses("primary")}>
              Give feedback to an assessor
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {received && (
          <section aria-labelledby="received-heading" className="flex flex-col gap-4">
            <h2 id="received-heading" className="text-xl font-semibold">
              Feedback from your IQA
            </h2>
            {received.length === 0 && (
              <Card>
                <p>No IQA has given you feedback yet.</p>
              </Card>
            )}
            {awaiting.length > 0 && (
              <>
                <p className="font-semibold">{awaiting.length} waiting for your response. Read each and say what you think and will do.</p>
                <ol className="flex flex-col gap-4" aria-label="Waiting for your response">
                  {awaiting.map((entry) => (
                    <li key={entry.id}>
                      <ReceivedFeedback entry={entry} />
                    </li>
                  ))}
                </ol>
              </>
            )}
            {responded.length > 0 && (
              <ol className="flex flex-col gap-4" aria-label="Responded">
                {responded.map((entry) => (
                  <li key={entry.id}>
                    <ReceivedFeedback entry={entry} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}

        {(receives || owned.length > 0) && (
          <Card title="Your actions">
            {owned.length === 0 ? (
              <p>You have no actions.</p>
            ) : (
              <div className="flex flex-col gap-5">
                <p>
                  {ownedOpen.length} open{overdueOwned > 0 && <strong>, {overdueOwned} overdue</strong>}, {ownedDone.length} done.
                </p>
                {ownedOpen.length > 0 && (
                  <div>
                    <h3 className="mb-2 font-semibold">Open</h3>
                    <ActionList
                      actions={ownedOpen}
                      viewerId={centre.userId}
                      workspaceKey={centre.workspace.key}
                      show="setter"
                      linkToSource
                    />
                  </div>
                )}
                {ownedDone.length > 0 && (
                  <div>
                    <h3 className="mb-2 font-semibold">Done</h3>
                    <ActionList
                      actions={ownedDone}
                      viewerId={centre.userId}
                      workspaceKey={centre.workspace.key}
                      show="setter"
                      linkToSource
                    />
                  </div>
                )}
              </div>
            )}
          </Card>
        )}

        {given && (
          <Card title="Feedback you gave">
            {given.length === 0 ? (
              <p>You have not given RD07 feedback yet. Feedback also comes from sampling an assessor&apos;s decision.</p>
            ) : (
              <FeedbackTable caption="Feedback you gave" feedback={given} person="assessor" />
            )}
          </Card>
        )}

        {(gives || set.length > 0) && (
          <Card title="Actions you set">
            {set.length === 0 ? (
              <p>You have not set any actions.</p>
            ) : (
              <div className="flex flex-col gap-3">
                <p>
                  {set.filter((action) => action.status === "OPEN").length} open
                  {overdueSet > 0 && <strong>, {overdueSet} overdue</strong>}, {set.filter((action) => action.status === "DONE").length}{" "}
                  done.
                </p>
                <ActionList actions={set} viewerId={centre.userId} workspaceKey={centre.workspace.key} show="owner" linkToSource />
              </div>
            )}
          </Card>
        )}

        {register && (
          <Card title="The centre's RD07 register">
            {register.total === 0 ? (
              <p>No IQA has given RD07 feedback at this centre yet.</p>
            ) : (
              <>
                {register.total > registerLimit && (
                  <p className="mb-3">
                    Showing the latest {registerLimit} of {register.total}.
                  </p>
                )}
                <FeedbackTable caption="The centre's RD07 register" feedback={register.feedback} person="both" />
              </>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
