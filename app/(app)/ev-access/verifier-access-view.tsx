import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { AccessContext } from "@/lib/auth/access-context";
import { orNotFound } from "@/lib/errors/or-not-found";
import { myExternalVerifierAccess } from "@/lib/external-verifier-access/queries";
import { displayDay } from "@/lib/format/dates";

const linkClass = "text-brand-800 underline underline-offset-2";

/** The external verifier's own access at the centre: the candidates they may read, until when. */
export async function VerifierAccessView({ access }: { access: AccessContext }) {
  const grants = await orNotFound(myExternalVerifierAccess(access));
  return (
    <>
      <PageHeader
        title="Your access to candidates"
        description={`The candidates ${access.workspace.name} chose for you to verify. You can read their records, evidence and files, read-only; the centre sees each page you open and each file you download.`}
      />
      {grants.length === 0 ? (
        <p>You have no access to candidates at {access.workspace.name} now. The centre admin grants it before a visit.</p>
      ) : (
        <div className="flex flex-col gap-6">
          {grants.map((grant) => (
            <Card
              key={grant.id}
              title={`${grant.visit ? `Visit on ${displayDay(grant.visit.visitOn)}` : "Access"}, until ${displayDay(grant.expiresOn)}`}
            >
              {grant.visit?.purpose && <p className="mb-3">{grant.visit.purpose}</p>}
              <ul className="flex flex-col divide-y divide-line-subtle" aria-label="Candidates you may read">
                {grant.candidates.map((candidate) => (
                  <li key={candidate.id} className="flex flex-col gap-1 py-2">
                    <Link className={`${linkClass} font-semibold`} href={`/candidates/${candidate.id}`}>
                      {candidate.name}
                    </Link>
                    <span className="text-sm text-ink-muted">
                      {candidate.qualification.title}
                      {candidate.uln ? ` · ULN ${candidate.uln}` : " · no ULN"}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
