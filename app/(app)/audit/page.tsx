import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { AuditEntriesTable } from "@/components/audit/audit-entries-table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { listAuditEvents, verifyAuditTrail } from "@/lib/audit/queries";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Audit trail" };

// A missing or malformed ?page= shows the first page rather than an error.
const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const access = await requireAccess();
  const page = pageNumberSchema.parse((await searchParams).page);
  const [trail, verification] = await Promise.all([orNotFound(listAuditEvents(access, { page })), orNotFound(verifyAuditTrail(access))]);
  // A centre's trail, or an awarding body's own: what its staff did to its policy, assessors and schools.
  const isBody = trail.kind === "awardingBody";
  return (
    <>
      <PageHeader
        title="Audit trail"
        description={
          isBody
            ? `Who did what, and when, at ${access.workspace.name}: changes to its policy, assessors and schools. Entries cannot be changed or removed.`
            : `Who did what, and when, at ${access.workspace.name}. Entries cannot be changed or removed.`
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Integrity check">
          {verification.intact ? (
            <p>
              <Badge tone="success">Intact</Badge> All {verification.checked} entries link up: none has been changed or removed.
            </p>
          ) : (
            <p>
              <Badge tone="danger">Broken</Badge> {verification.reason} Entries before number {verification.brokenAtSequence} are intact.{" "}
              {isBody ? "Tell Assay's operators." : "Tell your head of centre and the awarding body."}
            </p>
          )}
        </Card>
        <AuditEntriesTable caption={`Audit entries, page ${trail.page} of ${trail.pageCount}`} entries={trail.events} />
        <nav aria-label="Audit pages" className="flex gap-4">
          {trail.page > 1 && (
            <Link href={`/audit?page=${trail.page - 1}`} className="text-brand-800 underline">
              Newer entries
            </Link>
          )}
          {trail.page < trail.pageCount && (
            <Link href={`/audit?page=${trail.page + 1}`} className="text-brand-800 underline">
              Older entries
            </Link>
          )}
        </nav>
      </div>
    </>
  );
}
