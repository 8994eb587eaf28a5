import type { Metadata } from "next";
import { AuditEntriesTable } from "@/components/audit/audit-entries-table";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels, rolesCan } from "@/lib/auth/permissions";
import { listRecordHistory } from "@/lib/audit/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getCentreStaffMember } from "@/lib/staff/queries";
import { getStaffMemberAssessorRecord } from "@/lib/professional-record/queries";
import { StandingView } from "../../professional-record/standing-view";
import { displayDay, isoDay } from "@/lib/format/dates";
import { ChangeStaffRoleForm } from "./change-staff-role-form";
import { MembershipStatusControl } from "./membership-status-control";
import { VerifyRecordControl } from "./verify-record-control";
import { TeamRecordCards } from "./team-record-cards";
import { staffMemberTeamRecord } from "@/lib/staff/team-record";
import { staffFileDownloadUrl } from "@/lib/staff-files/staff-file-urls";

export const metadata: Metadata = { title: "Staff member" };

/** "Verified for this centre on 3 March 2026 by Priya Shah", or nothing. */
function VerificationLine({ verification }: { verification: { verifiedAt: Date; verifiedBy: { name: string } } | null }) {
  if (!verification) return null;
  return (
    <span className="text-sm text-ink-muted">
      Verified for this centre on {displayDay(verification.verifiedAt)} by {verification.verifiedBy.name}
    </span>
  );
}

/** The certificate files proving a qualification, or a note that there is none (handbook 5.20.2). */
function CertificateLinks({ files, qualification }: { files: { id: string; fileName: string }[]; qualification: string }) {
  if (files.length === 0) return <span className="text-sm font-semibold text-warning-800">No certificate on their record</span>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {files.map((file) => (
        <li key={file.id}>
          <a href={staffFileDownloadUrl(file.id)} className="text-brand-800 underline underline-offset-2">
            <span className="sr-only">Certificate for {qualification}: </span>
            {file.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}

export default async function StaffMemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId } = await params;
  const access = await requireAccess();
  const member = await orNotFound(getCentreStaffMember(access, membershipId));
  const canManage = rolesCan(access.workspace.roles, "staff.manage");
  const isSelf = member.user.id === access.userId;
  // Nobody vouches for their own record: another admin of the centre verifies it.
  const canVerify = canManage && member.status === "ACTIVE" && !isSelf;
  // The person's own assessor record (read-only here): what sign-off and countersigning read.
  const assessorRecord =
    member.role === "ASSESSOR" || member.role === "IQA" ? await getStaffMemberAssessorRecord(access, member.user.id) : null;
  // Admins and the external verifier read the team's professional records (read-only) with the visit flags.
  const teamRecord = rolesCan(access.workspace.roles, "professionalRecord.viewTeam")
    ? await staffMemberTeamRecord(access, member.id)
    : null;
  const history = rolesCan(access.workspace.roles, "audit.view")
    ? await listRecordHistory(access, { targetType: "Membership", targetId: member.id })
    : null;
  return (
    <>
      <BackLink href="/staff">Back to staff</BackLink>
      <PageHeader title={member.user.name} description={member.user.email} />
      <div className="flex flex-col gap-6">
        <Card title="Membership">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Role</dt>
            <dd>
              {roleLabels[member.role]}
              {member.isHeadOfCentre ? ` · ${roleLabels.HEAD_OF_CENTRE}` : ""}
            </dd>
            <dt className="font-semibold">Status</dt>
            <dd>
              {member.status === "ACTIVE" ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Deactivated</Badge>}
              {member.status === "DEACTIVATED" && member.deactivatedAt ? ` since ${displayDay(member.deactivatedAt)}` : ""}
            </dd>
            <dt className="font-semibold">Password</dt>
            <dd>
              {member.user.hasPassword
                ? "Set: they sign in with their email and password"
                : "Not set yet: they can choose one with \u201cForgot your password?\u201d on the sign-in page"}
            </dd>
            {member.expiresOn && (
              <>
                <dt className="font-semibold">Access ends</dt>
                <dd>{displayDay(member.expiresOn)}</dd>
              </>
            )}
            <dt className="font-semibold">Added</dt>
            <dd>{displayDay(member.createdAt)}</dd>
          </dl>
        </Card>
        {assessorRecord && (
          <Card title="Assessor record">
            <div className="flex flex-col gap-5">
              <p className="text-ink-muted">
                Kept by {member.user.name} on their own account. Only what this centre has verified counts here: verify an entry once you
                have seen the certificate, or the CV behind a unit, and keep it for the external verifier.
              </p>
              <StandingView
                standing={assessorRecord.standing}
                showCentre={false}
                roles={{
                  assessor: assessorRecord.roles.assessor || member.role === "ASSESSOR",
                  iqa: assessorRecord.roles.iqa || member.role === "IQA",
                }}
              />
              <div>
                <h3 className="mb-2 font-semibold">Qualifications</h3>
                {assessorRecord.qualifications.length === 0 ? (
                  <p>None recorded.</p>
                ) : (
                  <ul className="flex flex-col gap-1">
                    {assessorRecord.qualifications.map((row) => (
                      <li key={row.id} className="flex flex-col gap-1">
                        <span>
                          {row.name}
                          <span className="text-ink-muted">
                            {row.held ? ` · held since ${displayDay(row.achievedOn)}` : " · working towards it"}
                          </span>{" "}
                          {row.verified ? <Badge tone="success">Verified here</Badge> : <Badge tone="neutral">Not yet verified here</Badge>}
                        </span>
                        <VerificationLine verification={row.verification} />
                        {teamRecord && row.held && (
                          <CertificateLinks files={teamRecord.certificatesByQualification.get(row.id) ?? []} qualification={row.name} />
                        )}
                        {canVerify && (
                          <VerifyRecordControl
                            workspaceKey={access.workspace.key}
                            membershipId={member.id}
                            kind="qualification"
                            rowId={row.id}
                            claimSha256={row.claimSha256}
                            verified={row.verified}
                            label={row.name}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h3 className="mb-2 font-semibold">Units they are competent to assess</h3>
                {assessorRecord.competences.length === 0 ? (
                  <p>None recorded.</p>
                ) : (
                  <ul className="flex flex-col gap-2">
                    {assessorRecord.competences.map((row) => (
                      <li key={row.id} className="flex flex-col">
                        <span>
                          {row.unit.urn} {row.unit.title}{" "}
                          {row.verified ? <Badge tone="success">Verified here</Badge> : <Badge tone="neutral">Not yet verified here</Badge>}
                        </span>
                        <span className="text-sm text-ink-muted">{row.basis}</span>
                        <VerificationLine verification={row.verification} />
                        {canVerify && (
                          <VerifyRecordControl
                            workspaceKey={access.workspace.key}
                            membershipId={member.id}
                            kind="competence"
                            rowId={row.id}
                            claimSha256={row.claimSha256}
                            verified={row.verified}
                            label={`${row.unit.urn} ${row.unit.title}`}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </Card>
        )}
        {teamRecord && <TeamRecordCards record={teamRecord} name={member.user.name} centreName={access.workspace.name} />}
        {canManage && member.status === "ACTIVE" && (
          <Card title="Change role">
            <ChangeStaffRoleForm
              workspaceKey={access.workspace.key}
              membershipId={member.id}
              version={member.version}
              defaults={{ role: member.role, isHeadOfCentre: member.isHeadOfCentre, expiresOn: isoDay(member.expiresOn) }}
            />
          </Card>
        )}
        {canManage && !isSelf && (
          <Card title={member.status === "ACTIVE" ? "Deactivate" : "Reactivate"}>
            <MembershipStatusControl
              workspaceKey={access.workspace.key}
              membershipId={member.id}
              version={member.version}
              name={member.user.name}
              status={member.status}
            />
          </Card>
        )}
        {history && (
          <Card title="History">
            {history.length === 0 ? (
              <p>No changes have been recorded for this membership yet.</p>
            ) : (
              <AuditEntriesTable caption={`Changes to ${member.user.name}'s membership`} captionHidden entries={history} />
            )}
          </Card>
        )}
      </div>
    </>
  );
}
