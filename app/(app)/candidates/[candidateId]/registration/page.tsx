import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { candidateStatusLabels, candidateStatusTones, entryTypeLabels } from "@/lib/candidates/labels";
import { getRegistration, listAllocatableStaff } from "@/lib/candidates/queries";
import { relationshipLabels } from "@/lib/conflicts/labels";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { AllocateStaffForm } from "./allocate-staff-form";
import { ConfirmEntryForm } from "./confirm-entry-form";
import { EditRegistrationForm } from "./edit-registration-form";
import { ResendInvitationButton } from "./resend-invitation-button";
import { ReinstateCandidateButton, WithdrawCandidateForm } from "./withdrawal-controls";

export const metadata: Metadata = { title: "Candidate registration" };

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="break-words whitespace-pre-line">{children || <span className="text-ink-muted">Not recorded</span>}</dd>
    </>
  );
}

export default async function RegistrationPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const now = new Date();
  const registration = await orNotFound(getRegistration(access, candidateId, now));
  const { candidate, qualification, assessor, iqa, declarations, conflicts, ulnFindings, invitation } = registration;
  const canManage = rolesCan(access.workspace.roles, "candidate.manage");
  const staff = canManage ? await listAllocatableStaff(access) : null;
  const unitsEntered = qualification.units.filter((unit) => candidate.entryUnitIds.includes(unit.id));
  const workspaceKey = access.workspace.key;
  const ref = { workspaceKey, candidateId: candidate.id, version: candidate.version, name: candidate.name };
  const blocking = [...conflicts.assessor, ...conflicts.iqa];

  return (
    <>
      <BackLink href="/candidates">Back to candidates</BackLink>
      <PageHeader
        title={`${candidate.name}: registration`}
        description={
          <>
            {qualification.title} ({qualification.qualificationNumber}) ·{" "}
            <Badge tone={candidateStatusTones[candidate.status]}>{candidateStatusLabels[candidate.status]}</Badge>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {blocking.length > 0 && (
          <section aria-labelledby="reallocate" className="rounded-lg border-2 border-danger-700 bg-danger-50 p-4 text-danger-800 sm:p-6">
            <h2 id="reallocate" className="mb-2 text-lg font-semibold">
              Reallocate: a declared conflict of interest
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {blocking.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
            {canManage && <p className="mt-2">Choose someone else under &ldquo;Assessor and IQA&rdquo; below.</p>}
          </section>
        )}

        <Card title="Candidate profile (RD01)">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <Detail term="Email">{candidate.email}</Detail>
            <Detail term="Date of birth">{displayDay(candidate.dateOfBirth)}</Detail>
            <Detail term="ULN">
              {candidate.uln}
              {ulnFindings.map((finding) => (
                <span key={finding.code} className="mt-1 block text-warning-800">
                  {finding.message}
                </span>
              ))}
            </Detail>
            <Detail term="Publicly funded">{candidate.publiclyFunded ? "Yes" : "No"}</Detail>
            <Detail term="Phone">{candidate.phone}</Detail>
            <Detail term="Address">{candidate.address}</Detail>
            <Detail term="Employer">{candidate.employer}</Detail>
            <Detail term="Workplace or site">{candidate.workplace}</Detail>
            <Detail term="Entered for">
              {entryTypeLabels[candidate.entryType]}
              {candidate.entryType === "UNITS" && (
                <ul className="mt-1 list-disc pl-6">
                  {unitsEntered.map((unit) => (
                    <li key={unit.id}>
                      {unit.title} ({unit.urn})
                    </li>
                  ))}
                </ul>
              )}
            </Detail>
            <Detail term="Start date">{displayDay(candidate.startDate)}</Detail>
            <Detail term="Entry confirmed">{candidate.entryConfirmedOn ? displayDay(candidate.entryConfirmedOn) : "Not yet"}</Detail>
            <Detail term="Initial assessment">
              {[displayDay(candidate.initialAssessmentOn), candidate.initialAssessmentOutcome].filter(Boolean).join(": ")}
            </Detail>
            <Detail term="Special assessment requirements">{candidate.specialAssessmentRequirements}</Detail>
            <Detail term="Assessor">{assessor?.name}</Detail>
            <Detail term="IQA">{iqa?.name}</Detail>
            {candidate.status === "WITHDRAWN" && (
              <Detail term="Withdrawn">
                {displayDay(candidate.withdrawnOn)}: {candidate.withdrawalReason}
              </Detail>
            )}
            <Detail term="Candidate's account">
              {candidate.userId
                ? "Accepted the invitation: they see their own record"
                : invitation?.status === "PENDING"
                  ? invitation.expiresAt <= now
                    ? `Invitation expired on ${displayDay(invitation.expiresAt)}`
                    : `Invitation sent ${displayDay(invitation.sentAt)}, not yet accepted`
                  : "No open invitation"}
            </Detail>
          </dl>
          {canManage && !candidate.userId && invitation?.status === "PENDING" && candidate.invitationId && (
            <div className="mt-4">
              <ResendInvitationButton workspaceKey={workspaceKey} invitationId={candidate.invitationId} email={candidate.email} />
            </div>
          )}
        </Card>

        <Card title="Conflicts of interest declared">
          {declarations.length === 0 ? (
            <p>No assessor or IQA has declared a relationship with {candidate.name}.</p>
          ) : (
            <Table caption={`Relationships declared with ${candidate.name}`} captionHidden>
              <THead>
                <TR>
                  <TH>Declared by</TH>
                  <TH>Relationship</TH>
                  <TH>Declared</TH>
                  <TH>Ended</TH>
                </TR>
              </THead>
              <TBody>
                {declarations.map((declaration) => (
                  <TR key={declaration.id}>
                    <TD>{declaration.staff.name}</TD>
                    <TD>
                      {relationshipLabels[declaration.relationship]}
                      {declaration.subject === "CENTRE" && (
                        <span className="block text-sm text-ink-muted">With the whole centre, so every candidate here</span>
                      )}
                      {declaration.details && <span className="block text-sm text-ink-muted">{declaration.details}</span>}
                    </TD>
                    <TD>{displayDay(declaration.declaredOn)}</TD>
                    <TD>{declaration.endedOn ? displayDay(declaration.endedOn) : "Continues"}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {conflicts.notes.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {conflicts.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </Card>

        {canManage && staff && (
          <>
            <Card title="Assessor and IQA">
              <AllocateStaffForm
                {...ref}
                assessorUserId={candidate.assessorUserId ?? ""}
                iqaUserId={candidate.iqaUserId ?? ""}
                assessors={staff.assessors}
                iqas={staff.iqas}
              />
            </Card>
            <Card title="Entry confirmation">
              <ConfirmEntryForm {...ref} confirmedOn={isoDay(candidate.entryConfirmedOn)} />
            </Card>
            <Card title="Edit the registration">
              <EditRegistrationForm
                workspaceKey={workspaceKey}
                units={qualification.units}
                defaults={{
                  candidateId: candidate.id,
                  version: candidate.version,
                  name: candidate.name,
                  dateOfBirth: isoDay(candidate.dateOfBirth),
                  uln: candidate.uln ?? "",
                  publiclyFunded: candidate.publiclyFunded,
                  phone: candidate.phone ?? "",
                  address: candidate.address ?? "",
                  employer: candidate.employer ?? "",
                  workplace: candidate.workplace ?? "",
                  entryType: candidate.entryType,
                  entryUnitIds: candidate.entryUnitIds,
                  startDate: isoDay(candidate.startDate),
                  initialAssessmentOn: isoDay(candidate.initialAssessmentOn),
                  initialAssessmentOutcome: candidate.initialAssessmentOutcome ?? "",
                  specialAssessmentRequirements: candidate.specialAssessmentRequirements ?? "",
                }}
              />
            </Card>
            {candidate.status === "ACTIVE" && (
              <Card title="Withdraw">
                <WithdrawCandidateForm {...ref} today={isoDay(now)} />
              </Card>
            )}
            {candidate.status === "WITHDRAWN" && (
              <Card title="Reinstate">
                <p className="mb-3">Reinstating makes {candidate.name} active again; the withdrawal stays in the history.</p>
                <ReinstateCandidateButton {...ref} />
              </Card>
            )}
          </>
        )}
        <p>
          <Link href={`/candidates/${candidate.id}`} className="text-brand-800 underline underline-offset-2">
            Open {candidate.name}&apos;s assessment record
          </Link>
        </p>
      </div>
    </>
  );
}
