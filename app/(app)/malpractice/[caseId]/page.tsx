import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { malpracticeStatusLabels } from "@/lib/malpractice/labels";
import { getMalpracticeCase } from "@/lib/malpractice/queries";
import { AddNoteForm, CloseCaseForm, RecordReportForm } from "./case-forms";

export const metadata: Metadata = { title: "Malpractice case" };

export default async function MalpracticeCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const access = await requireAccess();
  const { caseId } = await params;
  const found = await orNotFound(getMalpracticeCase(access, caseId));
  const person = found.staffMember?.name ?? found.candidate?.name ?? "";
  const open = found.status === "UNDER_INVESTIGATION";
  const forms = { workspaceKey: access.workspace.key, caseId: found.id, version: found.version, today: isoDay(new Date()) };
  return (
    <>
      <BackLink href="/malpractice">All cases</BackLink>
      <PageHeader
        title={`Suspected malpractice: ${person}`}
        description={`${found.subject === "STAFF" ? "A member of staff" : "A candidate"}. Came to light ${displayDay(found.cameToLightOn)}; recorded by ${found.recordedBy.name}. Confidential to the head of centre.`}
      />
      <div className="flex flex-col gap-6">
        <Card title="The case">
          <p className="mb-3 flex flex-wrap gap-2">
            <Badge tone={open ? "warning" : "neutral"}>{malpracticeStatusLabels[found.status]}</Badge>
            {found.reportedToAwardingBodyOn ? (
              <Badge tone="info">Reported to the awarding body {displayDay(found.reportedToAwardingBodyOn)}</Badge>
            ) : (
              <Badge tone="danger">Not yet reported to the awarding body</Badge>
            )}
          </p>
          <h3 className="text-base font-semibold">What is suspected</h3>
          <p className="whitespace-pre-line">{found.suspicion}</p>
          {found.candidate && (
            <p className="mt-2">
              <Link href={`/candidates/${found.candidate.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                {found.candidate.name}&rsquo;s record
              </Link>
            </p>
          )}
          {found.reportNote && <p className="mt-2 text-sm">Reported: {found.reportNote}</p>}
          {open && <p className="mt-2 text-sm">While the case is under investigation, {person}&rsquo;s records are never destroyed.</p>}
          {found.outcome && (
            <>
              <h3 className="mt-4 text-base font-semibold">Outcome, {displayDay(found.closedOn)}</h3>
              <p className="whitespace-pre-line">{found.outcome}</p>
            </>
          )}
        </Card>
        <Card title="Investigation notes">
          {found.notes.length === 0 ? (
            <p>No notes yet.</p>
          ) : (
            <ol className="flex flex-col gap-3">
              {found.notes.map((note) => (
                <li key={note.id} className="border-l-2 border-line pl-3">
                  <p className="text-sm font-semibold">
                    {displayDay(note.writtenOn)}, {note.author.name}
                  </p>
                  <p className="whitespace-pre-line">{note.note}</p>
                </li>
              ))}
            </ol>
          )}
          {open && (
            <div className="mt-4">
              <h3 className="mb-2 text-base font-semibold">Add a note</h3>
              <AddNoteForm key={found.version} {...forms} />
            </div>
          )}
        </Card>
        {open && found.reportedToAwardingBodyOn === null && (
          <Card title="Report to the awarding body">
            <p className="mb-3">
              Every suspected case is reported in writing by the head of centre. The case cannot be closed until the report is recorded.
            </p>
            <RecordReportForm key={found.version} {...forms} />
          </Card>
        )}
        {open && found.reportedToAwardingBodyOn !== null && (
          <Card title="Close the case">
            <CloseCaseForm key={found.version} {...forms} />
          </Card>
        )}
      </div>
    </>
  );
}
