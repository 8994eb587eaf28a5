import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { AdminAccessView } from "./admin-access-view";
import { VerifierAccessView } from "./verifier-access-view";

export const metadata: Metadata = { title: "EV access" };

/** The admin grants, revokes and reads the log; the external verifier sees their own grants and candidates. */
export default async function ExternalVerifierAccessPage() {
  const access = await requireAccess();
  const roles = access.workspace.roles;
  if (rolesCan(roles, "externalVerifierAccess.manage")) return <AdminAccessView access={access} />;
  if (rolesCan(roles, "candidate.viewGranted")) return <VerifierAccessView access={access} />;
  notFound();
}
