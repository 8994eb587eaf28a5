import Link from "next/link";
import { Card } from "@/components/ui/card";
import { displayDay } from "@/lib/format/dates";
import type { VisitPreparation } from "@/lib/staff/visit-preparation";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the assessment team still needs for the next external verifier visit, in numbers (handbook 5.20.2). */
export function VisitSummary({ visit }: { visit: VisitPreparation }) {
  const { counts, lastVisit, nextVisit } = visit;
  const team = visit.people.size;
  const lines: string[] = [];
  if (lastVisit) {
    lines.push(
      `${plural(counts.newSinceVisit, "new team member", "new team members")} since the visit on ${displayDay(lastVisit.visitOn)}: have their CV, details of training and original certificates ready.`,
    );
  } else {
    lines.push(
      `No completed external verifier visit is recorded, so all ${plural(team, "team member counts", "team members count")} as new: have their CVs, details of training and original certificates ready.`,
    );
  }
  if (counts.missingCertificates > 0)
    lines.push(`${plural(counts.missingCertificates, "person holds", "people hold")} a qualification with no certificate on their record.`);
  if (counts.cpdAtRisk > 0) lines.push(`${plural(counts.cpdAtRisk, "person's", "people's")} CPD is at risk.`);
  if (counts.cpdNonCompliant > 0) lines.push(`${plural(counts.cpdNonCompliant, "person's", "people's")} CPD is non-compliant.`);
  if (counts.noSampleSignature > 0) lines.push(`${plural(counts.noSampleSignature, "person has", "people have")} no sample signature.`);
  return (
    <Card title="For the next external verifier visit" className="mb-6">
      <div className="flex flex-col gap-3">
        {nextVisit && (
          <p>
            Next visit planned for {displayDay(nextVisit.visitOn)}
            {nextVisit.externalVerifierName ? ` (${nextVisit.externalVerifierName})` : ""}.
          </p>
        )}
        <ul className="list-disc pl-6">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <Link href="/staff/signatures" className="text-brand-800 underline underline-offset-2">
            The assessment team&apos;s sample signature list (RD02)
          </Link>
        </p>
      </div>
    </Card>
  );
}
