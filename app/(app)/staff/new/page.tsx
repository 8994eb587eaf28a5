import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { InviteStaffMemberForm } from "./invite-staff-member-form";

export const metadata: Metadata = { title: "Add a staff member" };

export default async function AddStaffMemberPage() {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "staff.manage")) notFound();
  return (
    <>
      <PageHeader
        title="Add a staff member"
        description={`We email the person an invitation to a role at ${access.workspace.name}. They join the staff list when they accept.`}
      />
      <InviteStaffMemberForm workspaceKey={access.workspace.key} />
    </>
  );
}
