import {
  assessorQualificationStatus,
  iqaQualificationStatus,
  type AcceptedQualification,
  type HeldQualification,
  type QualificationStatusPolicy,
  type RoleQualification,
} from "@/lib/rules/assessor-qualifications";
import { builtInPolicies, type AwardingBodyCode } from "@/lib/rules/policies";

// Which accepted assessor and IQA qualifications apply to a person, from the awarding bodies of
// the centres they work for, and what their own record makes of them. Pure: the queries and the
// actions pass the rows in.

/** The built-in policy of an awarding body, by its short name ("OCR", "OCR Test 12" in tests); null when none is known. */
export function awardingBodyCodeOf(name: string): AwardingBodyCode | null {
  const first = name.trim().split(/\s+/)[0]?.toUpperCase() ?? "";
  if (first === "OCR" || first === "ICS" || first === "NAACE") return first;
  if (/institute of customer service/i.test(name)) return "ICS";
  return null;
}

/**
 * The awarding body's accepted assessor and IQA qualifications. Where its documents set no list
 * (the Institute, Naace, a body not built in), OCR's handbook 4.2/4.4 list applies, as sign-off
 * and countersigning apply it (lib/sign-off/unit-records.ts).
 */
export function qualificationStatusPolicyFor(awardingBodyName: string): QualificationStatusPolicy {
  const code = awardingBodyCodeOf(awardingBodyName);
  return (code ? builtInPolicies[code].qualificationStatus : null) ?? builtInPolicies.OCR.qualificationStatus;
}

export type StaffQualificationRow = { code: string; held: boolean; achievedOn: Date | null };

/**
 * The rule's view of the rows. This minimal record does not yet hold the proof (certificate or
 * training evidence): the person's own entry is taken as the centre's record of it until the
 * professional record (issue 8) keeps the files.
 */
export function heldQualifications(rows: readonly StaffQualificationRow[]): HeldQualification[] {
  return rows.map((row) => ({ code: row.code, status: row.held ? "achieved" : "workingTowards", evidenceOnFile: true }));
}

export type AwardingBodyStanding = {
  awardingBodyId: string;
  awardingBodyName: string;
  assessor: RoleQualification;
  iqa: RoleQualification;
};

/** The person's assessor and IQA status under one awarding body's policy. */
export function standingUnder(body: { id: string; name: string }, rows: readonly StaffQualificationRow[]): AwardingBodyStanding {
  const policy = qualificationStatusPolicyFor(body.name);
  const held = heldQualifications(rows);
  return {
    awardingBodyId: body.id,
    awardingBodyName: body.name,
    assessor: assessorQualificationStatus(held, policy),
    iqa: iqaQualificationStatus(held, policy),
  };
}

export type QualificationChoice = AcceptedQualification & { roles: ("assessor" | "iqa")[] };

/** Every accepted qualification of the bodies, once each, assessor ones first. */
export function acceptedQualificationChoices(awardingBodyNames: readonly string[]): QualificationChoice[] {
  const choices = new Map<string, QualificationChoice>();
  for (const name of awardingBodyNames) {
    const policy = qualificationStatusPolicyFor(name);
    for (const [role, list] of [
      ["assessor", policy.acceptedAssessorQualifications],
      ["iqa", policy.acceptedIqaQualifications],
    ] as const) {
      for (const qualification of list) {
        const existing = choices.get(qualification.code);
        if (existing) {
          if (!existing.roles.includes(role)) existing.roles.push(role);
        } else {
          choices.set(qualification.code, { ...qualification, roles: [role] });
        }
      }
    }
  }
  return [...choices.values()].sort((a, b) => Number(a.roles[0] === "iqa") - Number(b.roles[0] === "iqa"));
}

export const roleStatusLabels = {
  qualified: "Qualified",
  workingTowards: "Working towards",
  notQualified: "Not qualified",
} as const satisfies Record<RoleQualification["status"], string>;

/** A qualification row with whether a certificate file is on the person's record for it. */
export type CertifiedQualificationRow = { code: string; held: boolean; hasCertificate: boolean };

/**
 * The person's own view of their status under one body's policy: a qualification they hold
 * counts as achieved with its proof on file only when a certificate file is on their record
 * (handbook 4.2, 4.4); without one the rule says to put proof on file. A qualification being
 * worked towards needs no certificate yet. (A centre's verification, which sign-off counts, is
 * lib/professional-record/verified.ts.)
 */
export function standingWithCertificates(
  body: { id: string; name: string },
  policy: QualificationStatusPolicy,
  rows: readonly CertifiedQualificationRow[],
): AwardingBodyStanding {
  const held: HeldQualification[] = rows.map((row) => ({
    code: row.code,
    status: row.held ? "achieved" : "workingTowards",
    evidenceOnFile: row.held ? row.hasCertificate : true,
  }));
  return {
    awardingBodyId: body.id,
    awardingBodyName: body.name,
    assessor: assessorQualificationStatus(held, policy),
    iqa: iqaQualificationStatus(held, policy),
  };
}
