import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels, rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listCentreStaff, listPendingInvitations } from "@/lib/staff/queries";
import { displayDay } from "@/lib/format/dates";
import { groupStaffByPerson } from "@/lib/staff/staff-people";
import { offeredRoleLabel } from "@/lib/invitations/offered-role";
import { PendingInvitationControls } from "./pending-invitation-controls";
import { visitPreparation } from "@/lib/staff/visit-preparation";
import { visitFlagLabels, type ApprovalFlag } from "@/lib/staff/visit-flags";
import { centreApprovals } from "@/lib/staff/team-record";
import { VisitSummary } from "./visit-summary";

export const metadata: Metadata = { title: "Staff" };

/** A person's visit flags; nothing for someone not on the assessment team. */
function VisitFlagBadges({ flags, approval }: { flags: Parameters<typeof visitFlagLabels>[0] | undefined; approval: ApprovalFlag | null }) {
  if (!flags) return <span className="text-sm text-ink-muted">Not on the assessment team</span>;
  const labels = visitFlagLabels(flags, approval);
  if (labels.length === 0) return <Badge tone="success">Ready</Badge>;
  return (
    <ul className="flex flex-wrap gap-1">
      {labels.map((label) => (
        <li key={label.key}>
          <Badge tone={label.tone}>{label.label}</Badge>
        </li>
      ))}
    </ul>
  );
}

export default async function StaffPage() {
  const access = await requireAccess();
  const [staff, invitations] = await Promise.all([orNotFound(listCentreStaff(access)), orNotFound(listPendingInvitations(access))]);
  const people = groupStaffByPerson(staff);
  const canManage = rolesCan(access.workspace.roles, "staff.manage");
  // Admins and the external verifier see what the next visit needs from each person (handbook 5.20.2).
  const visit = rolesCan(access.workspace.roles, "professionalRecord.viewTeam") ? await visitPreparation(access) : null;
  // And their approval by the centre's awarding body, where it runs one: a withdrawal or removal is flagged.
  const approvals = visit ? await centreApprovals(access, [...visit.people.keys()]) : null;
  // Verifier access runs to the end of its last day (UTC), as lib/auth/access-context.ts reads it.
  const today = new Date().setUTCHours(0, 0, 0, 0);
  return (
    <>
      <PageHeader
        title="Staff"
        description={`Centre admins, assessors, IQAs and external verifiers at ${access.workspace.name}.`}
        actions={
          canManage ? (
            <Link href="/staff/new" className={buttonClasses("primary")}>
              Add a staff member
            </Link>
          ) : undefined
        }
      />
      {visit && <VisitSummary visit={visit} />}
      <Table caption={`Staff at ${access.workspace.name}`} captionHidden>
        <THead>
          <TR>
            <TH>Person</TH>
            <TH>Roles here</TH>
            <TH>Sign-in</TH>
            {visit && <TH>For the next visit</TH>}
          </TR>
        </THead>
        <TBody>
          {people.map((person) => (
            <TR key={person.userId}>
              <TD>
                <span className="block font-semibold" data-person-name>
                  {person.name}
                </span>
                <span className="block text-sm break-all text-ink-muted">{person.email}</span>
              </TD>
              <TD>
                <ul className="flex flex-col gap-1">
                  {person.memberships.map((membership) => (
                    <li key={membership.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`/staff/${membership.id}`} className="text-brand-800 underline underline-offset-2">
                        <VisuallyHidden>{person.name}, </VisuallyHidden>
                        {roleLabels[membership.role]}
                        {membership.isHeadOfCentre ? ` · ${roleLabels.HEAD_OF_CENTRE}` : ""}
                      </Link>
                      {membership.expiresOn &&
                        (membership.expiresOn.getTime() < today ? (
                          <Badge tone="neutral">Access ended {displayDay(membership.expiresOn)}</Badge>
                        ) : (
                          <span className="text-sm">until {displayDay(membership.expiresOn)}</span>
                        ))}
                      {membership.status === "DEACTIVATED" && <Badge tone="neutral">Deactivated</Badge>}
                    </li>
                  ))}
                </ul>
              </TD>
              <TD>{person.hasPassword ? <Badge tone="success">Can sign in</Badge> : <Badge tone="warning">No password yet</Badge>}</TD>
              {visit && (
                <TD>
                  <VisitFlagBadges flags={visit.people.get(person.userId)} approval={approvals?.get(person.userId) ?? null} />
                </TD>
              )}
            </TR>
          ))}
        </TBody>
      </Table>
      <section aria-labelledby="pending-invitations" className="mt-10">
        <h2 id="pending-invitations" className="text-xl font-semibold text-ink">
          Invitations not yet accepted
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-ink-muted">None: everyone invited has answered.</p>
        ) : (
          <>
            <p className="mt-2 text-ink-muted">
              These people have been emailed a link and have no role here until they accept. Resending makes a new link and stops the
              earlier one.
            </p>
            <div className="mt-4">
              <Table caption={`Invitations to ${access.workspace.name} not yet accepted`} captionHidden>
                <THead>
                  <TR>
                    <TH>Invited</TH>
                    <TH>Role offered</TH>
                    <TH>Sent on</TH>
                    <TH>Link expires</TH>
                    {canManage && <TH>Actions</TH>}
                  </TR>
                </THead>
                <TBody>
                  {invitations.map((invitation) => (
                    <TR key={invitation.id}>
                      <TD>
                        <span className="block font-semibold">{invitation.name}</span>
                        <span className="block text-sm break-all text-ink-muted">{invitation.email}</span>
                      </TD>
                      <TD>{offeredRoleLabel(invitation)}</TD>
                      <TD>{displayDay(invitation.sentAt)}</TD>
                      <TD>{invitation.expired ? <Badge tone="neutral">Expired</Badge> : displayDay(invitation.expiresAt)}</TD>
                      {canManage && (
                        <TD>
                          <PendingInvitationControls
                            workspaceKey={access.workspace.key}
                            invitationId={invitation.id}
                            email={invitation.email}
                          />
                        </TD>
                      )}
                    </TR>
                  ))}
                </TBody>
              </Table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
