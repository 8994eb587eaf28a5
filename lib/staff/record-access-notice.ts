import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { appUrl } from "@/lib/email/app-url";
import { sendAfterCommit, type EmailDelivery } from "@/lib/email/send-after-commit";
import type { ProfessionalRecordOpened } from "./audit-summaries";
import { recordAccessEmail, type RecordAccessChange, type RecordRole } from "./record-access-email";

// A membership that becomes an ACTIVE ASSESSOR or IQA membership lets the centre (and its
// awarding body) read the person's professional record (lib/staff-files/access.ts). A centre admin
// can do that alone, by reactivating an old membership or changing a role, so the person is told
// by email after the change commits, and the audit entry says so.

const recordRoles: readonly string[] = ["ASSESSOR", "IQA"];

type MembershipState = { role: string; status: string };

/** Whether the change turns this membership into one through which the centre reads the person's record. */
export function opensProfessionalRecord(before: MembershipState, after: MembershipState): boolean {
  const reads = (state: MembershipState) => state.status === "ACTIVE" && recordRoles.includes(state.role);
  return reads(after) && !reads(before);
}

/** Emails the person (after commit) and returns what the audit entry records and how the email went. */
export async function tellPersonTheirRecordIsReadable(
  tx: Prisma.TransactionClient,
  access: CentreAccess,
  afterCommit: (work: () => Promise<unknown>) => void,
  notice: { person: { name: string; email: string }; role: string; change: RecordAccessChange },
): Promise<{ audit: ProfessionalRecordOpened; emailDelivery: EmailDelivery }> {
  const body = await tx.awardingBody.findUniqueOrThrow({ where: { id: access.workspace.awardingBodyId }, select: { name: true } });
  const centreName = access.workspace.name;
  const content = recordAccessEmail({
    name: notice.person.name,
    centreName,
    awardingBodyName: body.name,
    role: notice.role as RecordRole,
    change: notice.change,
    changedBy: access.userName,
    link: appUrl("/professional-record"),
  });
  const emailDelivery = sendAfterCommit(afterCommit, { to: notice.person.email, ...content });
  return {
    audit: {
      professionalRecord: `${centreName} and ${body.name} can now read this person's professional record (CV, certificates, CPD evidence)`,
      personToldByEmail: notice.person.email,
    },
    emailDelivery,
  };
}
