import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { declarationSubjectName } from "@/lib/conflicts/rule-declarations";
import { relationshipLabels } from "@/lib/conflicts/labels";
import { cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { displayDay } from "@/lib/format/dates";
import type { TeamRecord, TeamRecordFile } from "@/lib/staff/team-record";
import { visitFlagLabels } from "@/lib/staff/visit-flags";
import { staffFileDownloadUrl } from "@/lib/staff-files/staff-file-urls";
import { SignatureView } from "../../professional-record/signature/signature-view";

function FileList({ files, kind, name }: { files: TeamRecordFile[]; kind: string; name: string }) {
  if (files.length === 0) return <p>None on their record.</p>;
  return (
    <ul className="flex flex-col gap-1">
      {files.map((file) => (
        <li key={file.id}>
          <a href={staffFileDownloadUrl(file.id)} className="text-brand-800 underline underline-offset-2">
            <span className="sr-only">
              {name}&apos;s {kind}:{" "}
            </span>
            {file.fileName}
          </a>
          <span className="text-sm text-ink-muted"> · added {displayDay(file.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The read-only parts of a staff member's professional record that the centre relies on, with
 * what the next external verifier visit needs from them (handbook 5.20.2).
 */
export function TeamRecordCards({ record, name, centreName }: { record: TeamRecord; name: string; centreName: string }) {
  const { flags, lastVisit } = record;
  const labels = visitFlagLabels(flags, record.approval);
  const { approval } = record;
  return (
    <>
      {approval && (
        <Card title={`Approval by ${approval.awardingBodyName}`}>
          <div className="flex flex-col gap-2">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={approval.tone}>{approval.stateLabel}</Badge>
              {approval.since && <span>since {displayDay(approval.since)}</span>}
            </p>
            {approval.ended && (
              <p className="font-semibold text-danger-800">
                {approval.awardingBodyName} no longer approves {name} as an assessor: their decisions for its qualifications should not
                count from {approval.since ? displayDay(approval.since) : "now"}. Review their caseload and sign-offs.
              </p>
            )}
          </div>
        </Card>
      )}
      <Card title="For the next external verifier visit">
        <div className="flex flex-col gap-3">
          {labels.length === 0 ? (
            <p>
              <Badge tone="success">Ready</Badge> Nothing outstanding for the visit.
            </p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label="What the visit needs">
              {labels.map((label) => (
                <li key={label.key}>
                  <Badge tone={label.tone}>{label.label}</Badge>
                </li>
              ))}
            </ul>
          )}
          <p className="text-ink-muted">
            Joined the assessment team here on {displayDay(flags.joinedAt)}.{" "}
            {lastVisit
              ? `The last completed visit was on ${displayDay(lastVisit.visitOn)}${lastVisit.externalVerifierName ? ` (${lastVisit.externalVerifierName})` : ""}.`
              : "No completed external verifier visit is recorded for this centre, so everyone on the team counts as new."}
          </p>
          {flags.newSinceVisit && (
            <p>
              As a new member of the assessment team, the external verifier will ask for their details of training, CV and original
              certificates.
            </p>
          )}
          {flags.missingCertificates.length > 0 && (
            <p>
              They hold {flags.missingCertificates.join(", ")} but have not added the certificate to their record: ask them to add it, and
              see the original.
            </p>
          )}
          {!flags.hasSampleSignature && (
            <p>
              They have no sample signature for the{" "}
              <Link href="/staff/signatures" className="text-brand-800 underline underline-offset-2">
                signature list
              </Link>
              : ask them to add one on their professional record.
            </p>
          )}
        </div>
      </Card>
      <Card title="CV and role profile">
        <div className="flex flex-col gap-4">
          <div>
            <h3 className="mb-1 font-semibold">CV</h3>
            <FileList files={record.cvs} kind="CV" name={name} />
          </div>
          <div>
            <h3 className="mb-1 font-semibold">Role profile</h3>
            <FileList files={record.roleProfiles} kind="role profile" name={name} />
          </div>
        </div>
      </Card>
      <Card title="CPD">
        {flags.cpd === null ? (
          <p>This centre&apos;s awarding body sets no CPD requirement.</p>
        ) : (
          <div className="flex flex-col gap-2">
            <p>
              <Badge tone={cpdStatusTones[flags.cpd.status]}>{cpdStatusLabels[flags.cpd.status]}</Badge> under this centre&apos;s awarding
              body&apos;s policy, from their own CPD log.
            </p>
            {flags.cpd.findings.length > 0 && (
              <ul className="list-disc pl-6">
                {flags.cpd.findings.map((finding) => (
                  <li key={finding.code}>
                    {finding.message} <span className="text-sm text-ink-muted">({finding.source})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Card>
      <Card title={`Conflicts of interest declared about ${centreName} or its candidates`}>
        {record.conflicts.length === 0 ? (
          <p>None declared.</p>
        ) : (
          <Table caption={`${name}'s conflict-of-interest declarations here`} captionHidden>
            <THead>
              <TR>
                <TH>About</TH>
                <TH>Relationship</TH>
                <TH>Declared</TH>
                <TH>Ended</TH>
              </TR>
            </THead>
            <TBody>
              {record.conflicts.map((row) => (
                <TR key={row.id}>
                  <TD>
                    {declarationSubjectName(row)}
                    {row.details && <span className="block text-sm text-ink-muted">{row.details}</span>}
                  </TD>
                  <TD>{relationshipLabels[row.relationship]}</TD>
                  <TD>{displayDay(row.declaredOn)}</TD>
                  <TD>{row.endedOn ? displayDay(row.endedOn) : <Badge tone="warning">Current</Badge>}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Sample signature">
        {record.signature ? (
          <div className="flex flex-col gap-2">
            <SignatureView signature={record.signature} name={name} />
            <p className="text-sm text-ink-muted">
              {record.signature.method === "DRAWN" ? "Drawn" : "Typed"}, signed on{" "}
              {displayDay(new Date(`${record.signature.signedOn}T00:00:00Z`))}.
            </p>
          </div>
        ) : (
          <p>None yet.</p>
        )}
      </Card>
    </>
  );
}
