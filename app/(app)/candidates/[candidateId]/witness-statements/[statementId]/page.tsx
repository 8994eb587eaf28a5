import type { Metadata } from "next";
import Link from "next/link";
import { FileList } from "@/components/files/file-list";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { assessmentMethodLabels } from "@/lib/assessment-plans/labels";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay } from "@/lib/format/dates";
import { hasProblems } from "@/lib/rules/findings";
import { getWitnessStatement } from "@/lib/witness-statements/queries";
import { RuleFindings } from "../rule-findings";

export const metadata: Metadata = { title: "Witness statement" };

const statusLabels = { AWAITING_JUDGEMENT: "Awaiting judgement", ACCEPTED: "Accepted", REJECTED: "Not accepted" } as const;
const statusTones = { AWAITING_JUDGEMENT: "info", ACCEPTED: "success", REJECTED: "danger" } as const;

const or = (value: string | null, fallback = "Not given") => value || fallback;

export default async function WitnessStatementPage({ params }: { params: Promise<{ candidateId: string; statementId: string }> }) {
  const { candidateId, statementId } = await params;
  const access = await requireAccess();
  const { candidate, statement, recordedBy, checkedBy, findings } = await orNotFound(getWitnessStatement(access, candidateId, statementId));
  const evidence = statement.evidenceItem;
  const isTheCandidate = candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  const mayAssess = rolesCan(access.workspace.roles, "assessment.record") && candidate.status === "ACTIVE";
  const base = `/candidates/${candidate.id}`;
  return (
    <>
      <BackLink href={`${base}/evidence`}>Back to evidence</BackLink>
      <PageHeader
        title={`${evidence.reference} ${evidence.title}`}
        description={`${assessmentMethodLabels[evidence.method]} from ${statement.witnessName}${isTheCandidate ? "" : ` · ${candidate.name}`}`}
        actions={
          mayAssess ? (
            <>
              {evidence.status === "AWAITING_JUDGEMENT" && (
                <Link href={`${base}/witness-statements/${statement.id}/edit`} className={buttonClasses("secondary")}>
                  Correct the statement
                </Link>
              )}
              <Link href={`${base}/evidence/${evidence.id}`} className={buttonClasses("secondary")}>
                Judge the evidence
              </Link>
              <Link href={`${base}/feedback/new?evidence=${evidence.id}`} className={buttonClasses("secondary")}>
                Give feedback
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Can it be accepted?">
          <p className="mb-3">
            <Badge tone={statusTones[evidence.status]}>{statusLabels[evidence.status]}</Badge>
            {evidence.rejectionReason && <span className="ml-2">{evidence.rejectionReason}</span>}
          </p>
          <RuleFindings findings={findings} emptyText="It gives everything the handbook asks of a witness statement (5.16)." />
          {hasProblems(findings) && evidence.status === "AWAITING_JUDGEMENT" && (
            <p className="mt-3 text-sm">It cannot be accepted as evidence until these are put right.</p>
          )}
        </Card>

        <Card title="The witness">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Name</dt>
            <dd>{statement.witnessName}</dd>
            <dt className="font-semibold">Job title</dt>
            <dd>{or(statement.witnessJobTitle)}</dd>
            <dt className="font-semibold">Contact details</dt>
            <dd className="break-words">{or(statement.witnessContactDetails)}</dd>
            <dt className="font-semibold">Relationship to the candidate</dt>
            <dd>{or(statement.relationshipToCandidate)}</dd>
            <dt className="font-semibold">Related to the candidate</dt>
            <dd>{statement.witnessIsRelative ? "Yes" : "No"}</dd>
            <dt className="font-semibold">Expert witness</dt>
            <dd>
              {statement.expertInOccupationSince
                ? `Yes, in the occupation since ${displayLongDay(statement.expertInOccupationSince)}`
                : "No"}
            </dd>
          </dl>
        </Card>

        <Card title="What the witness saw">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">How it was made</dt>
            <dd>{statement.form === "WRITTEN" ? "Written by the witness" : "Spoken account recorded by the assessor"}</dd>
            <dt className="font-semibold">Activity</dt>
            <dd>
              {statement.activityDate ? displayLongDay(statement.activityDate) : "Date not given"}
              {statement.activityTime ? `, ${statement.activityTime}` : ""}
              {statement.venue ? `, ${statement.venue}` : ""}
            </dd>
            <dt className="font-semibold">What the candidate did</dt>
            <dd className="whitespace-pre-line">{or(statement.description)}</dd>
            <dt className="font-semibold">{statement.form === "WRITTEN" ? "Written on" : "Recorded on"}</dt>
            <dd>{statement.writtenOn ? displayLongDay(statement.writtenOn) : "Not given"}</dd>
            <dt className="font-semibold">{statement.form === "WRITTEN" ? "Signed by the witness" : "Confirmed by the witness"}</dt>
            <dd>{statement.signedOrConfirmedByWitness ? "Yes" : "No"}</dd>
            <dt className="font-semibold">Written by the candidate</dt>
            <dd>{statement.writtenByCandidate ? "Yes" : "No"}</dd>
            <dt className="font-semibold">Recorded in Assay by</dt>
            <dd>
              {or(recordedBy, "Former staff member")}, {displayDay(statement.createdAt)}
            </dd>
          </dl>
          {evidence.files.length > 0 && (
            <div className="mt-4">
              <FileList files={evidence.files} label="Files of the statement" showThumbnails />
            </div>
          )}
        </Card>

        <Card title="Assessment criteria">
          <ul className="flex flex-col gap-2">
            {evidence.criteria.map((link) => (
              <li key={link.id}>
                <span className="font-semibold">{link.criterion.ref}</span> {link.criterion.text}{" "}
                <span className="text-sm text-ink-muted">({link.criterion.unit.title})</span>
              </li>
            ))}
          </ul>
        </Card>

        <Card title="Authenticity check">
          {statement.authenticityCheckedOn ? (
            <p>
              Checked by {or(checkedBy, "a former staff member")} on {displayLongDay(statement.authenticityCheckedOn)}:{" "}
              {statement.authenticityCheckMethod}
            </p>
          ) : (
            <p>Not recorded. The assessor should contact the witness to check the statement is authentic (handbook 5.16).</p>
          )}
        </Card>
      </div>
    </>
  );
}
