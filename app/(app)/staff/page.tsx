import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels, rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/data/or-not-found";
import { listCentreStaff } from "@/lib/data/staff";
import { displayDay } from "@/lib/staff/staff-labels";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const access = await requireAccess();
  const staff = await orNotFound(listCentreStaff(access));
  const canManage = rolesCan(access.workspace.roles, "staff.manage");
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
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Role</TH>
            <TH>Status</TH>
          </TR>
        </THead>
        <TBody>
          {staff.map((member) => (
            <TR key={member.id}>
              <TD>
                <Link href={`/staff/${member.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                  {member.user.name}
                </Link>
              </TD>
              <TD className="break-all">{member.user.email}</TD>
              <TD>
                {roleLabels[member.role]}
                {member.isHeadOfCentre ? ` · ${roleLabels.HEAD_OF_CENTRE}` : ""}
                {member.expiresOn ? ` · until ${displayDay(member.expiresOn)}` : ""}
              </TD>
              <TD>
                {member.status === "DEACTIVATED" ? (
                  <Badge tone="neutral">Deactivated</Badge>
                ) : member.user.hasPassword ? (
                  <Badge tone="success">Active</Badge>
                ) : (
                  <Badge tone="warning">Invited</Badge>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
