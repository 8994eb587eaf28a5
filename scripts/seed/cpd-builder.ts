import type { Prisma } from "@/lib/db/client";
import { cpdCompliance, type CpdCategory, type CpdLogEntry, type CpdPolicy, type CpdStatus } from "@/lib/rules/cpd-compliance";
import type { IsoDate } from "@/lib/rules/dates";
import { storeStaffPdf } from "./demo-documents";

// A demo CPD log, and the check that it gives the status its story claims under a body's policy
// on the day the demo is loaded (so a story can never drift from the CPD rule).

type Tx = Prisma.TransactionClient;

export type SeedCpdEntry = {
  on: IsoDate;
  /** Null: a mandatory event counted at the hours its policy credits. */
  hours: number | null;
  category: CpdCategory;
  description: string;
  /** "icsAssessorForum" or "naaceAnnualEvent". */
  event?: string;
  /** A certificate of attendance or notes, kept as a CPD evidence file. */
  evidence?: { fileName: string; title: string; text: string };
};

const categoryColumn = { assessorSkills: "ASSESSOR_SKILLS", occupationalKnowledge: "OCCUPATIONAL_KNOWLEDGE" } as const;

export async function createCpdLog(tx: Tx, userId: string, entries: readonly SeedCpdEntry[]) {
  for (const entry of entries) {
    const at = new Date(`${entry.on}T17:00:00Z`);
    const row = await tx.cpdEntry.create({
      data: {
        userId,
        activityOn: new Date(`${entry.on}T00:00:00Z`),
        hours: entry.hours,
        category: categoryColumn[entry.category],
        description: entry.description,
        mandatoryEvent: entry.event ?? null,
        createdAt: at,
      },
    });
    if (entry.evidence) {
      const stored = await storeStaffPdf(userId, entry.evidence.fileName, entry.evidence.title, entry.evidence.text);
      await tx.staffFile.create({ data: { userId, kind: "CPD_EVIDENCE", cpdEntryId: row.id, ...stored, createdAt: at } });
    }
  }
}

/** Throws unless the log's status under the policy on `asOf` is the story's. */
export function expectCpdStatus(
  who: string,
  entries: readonly SeedCpdEntry[],
  policy: CpdPolicy | null,
  asOf: IsoDate,
  yearStart: IsoDate,
  expected: CpdStatus,
) {
  if (!policy) throw new Error(`No CPD policy for ${who}'s demo story.`);
  const log: CpdLogEntry[] = entries.map((entry) => ({
    on: entry.on,
    hours: entry.hours,
    category: entry.category,
    eventKind: entry.event ?? null,
    description: entry.description,
  }));
  const { status, findings } = cpdCompliance(log, policy, asOf, yearStart);
  if (status !== expected) {
    throw new Error(`Demo CPD for ${who} is ${status}, not ${expected}: ${findings.map((finding) => finding.message).join(" ")}`);
  }
}
