import { z } from "zod";
import { ocrLevel3DiplomaInCustomerService } from "@/lib/qualifications/ocr-10380";
import { checkEntry, checkEntryRoute, type EntryRoute, type ExistingEntry } from "@/lib/rules/entry-eligibility";
import type { RuleFinding } from "@/lib/rules/findings";
import type { AgeGroup, RegulatedQualificationSpec } from "@/lib/rules/qualification-spec";

// A registration's entry checked by the entry rules (handbook 1.4, 7.3, 7.4, 11.1): problems keyed
// by the form field they belong to, and warnings to show beside the saved registration.

type EntrySpec = Pick<RegulatedQualificationSpec, "approvedAgeGroups" | "unitEntriesAllowed" | "units">;

/** Handbook 1.4: accredited for learners aged 16 and over, unless the catalogue says otherwise. */
const sixteenAndOver: Record<AgeGroup, boolean> = { pre16: false, "16-18": true, "18+": true, "19+": true };

const knownSpecs: Record<string, Pick<RegulatedQualificationSpec, "approvedAgeGroups" | "unitEntriesAllowed">> = {
  [ocrLevel3DiplomaInCustomerService.qualificationNumber]: ocrLevel3DiplomaInCustomerService,
};

const storedAgeGroups = z.object({ pre16: z.boolean(), "16-18": z.boolean(), "18+": z.boolean(), "19+": z.boolean() }).partial();

/** The stored age groups as the rule reads them (a group not named is not approved); null when none are stored. */
function approvedAgeGroupsOf(value: unknown): Record<AgeGroup, boolean> | null {
  if (value === null || value === undefined) return null;
  const parsed = storedAgeGroups.safeParse(value);
  if (!parsed.success) return null;
  return { pre16: false, "16-18": false, "18+": false, "19+": false, ...parsed.data };
}

/**
 * What the entry rule needs of a stored qualification and its units. A qualification with its age
 * groups stored (an imported one: lib/qualification-import) is read from its own columns; the
 * built-in catalogue (OCR 10380) from its spec; anything else is for 16 and over (handbook 1.4).
 */
export function entrySpecOf(qualification: {
  qualificationNumber: string;
  approvedAgeGroups?: unknown;
  unitEntriesAllowed?: boolean;
  units: readonly { urn: string; title: string; credit: number; level: number; glh: number; group: string }[];
}): EntrySpec {
  const stored = approvedAgeGroupsOf(qualification.approvedAgeGroups);
  if (stored)
    return { approvedAgeGroups: stored, unitEntriesAllowed: qualification.unitEntriesAllowed ?? true, units: qualification.units };
  const known = knownSpecs[qualification.qualificationNumber];
  return {
    approvedAgeGroups: known?.approvedAgeGroups ?? sixteenAndOver,
    unitEntriesAllowed: known?.unitEntriesAllowed ?? qualification.unitEntriesAllowed ?? true,
    units: qualification.units,
  };
}

export type EntryField = "dateOfBirth" | "uln" | "entryType" | "entryUnitIds";

export type EntryFacts = {
  dateOfBirth: string;
  uln: string;
  publiclyFunded: boolean;
  initialAssessmentOn: string;
  startDate: string;
  entryType: "FULL_AWARD" | "UNITS";
  /** URNs of the units asked for (with a full-award entry, any given are refused). */
  entryUnitUrns: readonly string[];
};

export type EntryOutcome = { problems: Partial<Record<EntryField, string[]>>; warnings: RuleFinding[] };

function fieldOf(finding: RuleFinding, entryType: EntryFacts["entryType"]): EntryField {
  if (finding.code.startsWith("uln.")) return "uln";
  if (finding.code === "entry.age-group-not-approved" || finding.code === "entry.date-of-birth-missing") return "dateOfBirth";
  return entryType === "UNITS" ? "entryUnitIds" : "entryType";
}

/**
 * Checks the requested entry against the candidate's other live entries for the qualification
 * at this centre (`existing`): full award or units, never both; no duplicates; age group; ULN.
 * A full-award entry that also names units is both routes at once, and refused in the rule's words.
 */
export function checkRegistrationEntry(spec: EntrySpec, facts: EntryFacts, existing: readonly ExistingEntry[]): EntryOutcome {
  const requested: EntryRoute[] =
    facts.entryType === "FULL_AWARD"
      ? [{ kind: "fullAward" }, ...facts.entryUnitUrns.map((unitUrn) => ({ kind: "unit" as const, unitUrn }))]
      : facts.entryUnitUrns.map((unitUrn) => ({ kind: "unit" as const, unitUrn }));
  const findings: RuleFinding[] = [];
  const [first, ...rest] = requested;
  if (first) {
    const check = checkEntry({
      qualification: spec,
      candidate: {
        dateOfBirth: facts.dateOfBirth || null,
        uln: facts.uln || null,
        publiclyFunded: facts.publiclyFunded,
        initialAssessmentOn: facts.initialAssessmentOn || null,
      },
      entryDate: facts.startDate,
      route: first,
      existingEntries: existing,
    });
    findings.push(...check.findings);
  }
  const soFar: ExistingEntry[] = [...existing, ...(first ? [{ route: first }] : [])];
  for (const route of rest) {
    findings.push(...checkEntryRoute(route, soFar, spec));
    soFar.push({ route });
  }
  const problems: EntryOutcome["problems"] = {};
  const warnings: RuleFinding[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.message)) continue;
    seen.add(finding.message);
    if (finding.severity === "warning") {
      warnings.push(finding);
      continue;
    }
    const field = fieldOf(finding, facts.entryType);
    (problems[field] ??= []).push(finding.message);
  }
  return { problems, warnings };
}

/** The live entries a registration holds, as the entry rule reads them. */
export function entriesOf(
  registrations: readonly { entryType: "FULL_AWARD" | "UNITS"; entryUnitIds: readonly string[]; status: string }[],
  urnOf: (unitId: string) => string,
): ExistingEntry[] {
  return registrations.flatMap((registration): ExistingEntry[] => {
    const withdrawn = registration.status === "WITHDRAWN";
    return registration.entryType === "FULL_AWARD"
      ? [{ route: { kind: "fullAward" as const }, withdrawn }]
      : registration.entryUnitIds.map((unitId) => ({ route: { kind: "unit" as const, unitUrn: urnOf(unitId) }, withdrawn }));
  });
}
