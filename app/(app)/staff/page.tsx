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
import { listCentreStaff } from "@/lib/staff/queries";
import { displayDay } from "@/lib/format/dates";
import { groupStaffByPerson } from "@/lib/staff/staff-people";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const access = await requireAccess();
  const people = groupStaffByPerson(await orNotFound(listCentreStaff(access)));
  const canManage = rolesCan(access.workspace.roles, "staff.manage");
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
      <Table caption={`Staff at ${access.workspace.name}`} captionHidden>
        <THead>
          <TR>
            <TH>Person</TH>
            <TH>Roles here</TH>
            <TH>Sign-in</TH>
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
              <TD>{person.hasPassword ? <Badge tone="success">Can sign in</Badge> : <Badge tone="warning">Invited</Badge>}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
