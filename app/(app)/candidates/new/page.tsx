import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { listAllocatableStaff, listQualificationsForEntry } from "@/lib/candidates/queries";
import { RegisterCandidateForm } from "./register-candidate-form";

export const metadata: Metadata = { title: "Register a candidate" };

export default async function RegisterCandidatePage() {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "candidate.manage")) notFound();
  const [qualifications, staff] = await Promise.all([listQualificationsForEntry(access), listAllocatableStaff(access)]);
  return (
    <>
      <BackLink href="/candidates">Back to candidates</BackLink>
      <PageHeader
        title="Register a candidate"
        description={`The candidate profile (RD01) and entry at ${access.workspace.name}. We email the candidate an invitation to their own account.`}
      />
      <RegisterCandidateForm
        workspaceKey={access.workspace.key}
        qualifications={qualifications}
        assessors={staff.assessors}
        iqas={staff.iqas}
      />
    </>
  );
}
