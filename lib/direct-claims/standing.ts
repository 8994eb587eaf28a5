import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { daysBetween, type IsoDate } from "@/lib/rules/dates";
import { checkDirectClaimAllowed, checkFinalVerificationVisit } from "@/lib/rules/direct-claims";
import type { RuleFinding } from "@/lib/rules/findings";
import { directClaimsEndDate, directClaimsFactsOn, verificationVisitsFor, type StoredVisit } from "./facts";

// Whether a centre holds Direct Claims Status for a qualification on a day (handbook 5.21), and
// the warnings the admin home shows as a DCS end date nears without a final visit (5.21.3).
// Both read the stored history and visits, then ask lib/rules/direct-claims.ts.

type Db = PrismaClient | Prisma.TransactionClient;

/** A DCS end date this close (or passed) without a final visit is warned about. */
export const END_DATE_WARNING_DAYS = 90;

const statusSelect = {
  id: true,
  qualificationId: true,
  grantedOn: true,
  endsOn: true,
  state: true,
  withdrawnOn: true,
  qualification: { select: { title: true, qualificationNumber: true, certificationEndDate: true } },
  events: { select: { kind: true, effectiveOn: true }, orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }] },
} as const satisfies Prisma.DirectClaimsStatusSelect;

type StoredStatus = Prisma.DirectClaimsStatusGetPayload<{ select: typeof statusSelect }>;

function historyOf(status: StoredStatus) {
  if (status.events.length > 0) return status.events.map((event) => ({ kind: event.kind, effectiveOn: isoDay(event.effectiveOn) }));
  // A row written without its history (never by the actions here): read its own dates.
  return [
    { kind: "GRANTED" as const, effectiveOn: isoDay(status.grantedOn) },
    ...(status.state === "WITHDRAWN" && status.withdrawnOn
      ? [{ kind: "WITHDRAWN" as const, effectiveOn: isoDay(status.withdrawnOn) }]
      : []),
  ];
}

async function centreVisits(db: Db, centreId: string): Promise<StoredVisit[]> {
  const rows = await db.externalVerifierVisit.findMany({
    where: { centreId },
    select: { visitOn: true, status: true, qualificationId: true, final: true, directClaimsConfirmed: true },
  });
  return rows.map((row) => ({ ...row, visitOn: isoDay(row.visitOn) }));
}

function toIsoDate(value: IsoDate | Date): IsoDate {
  return typeof value === "string" ? value : isoDay(value);
}

/**
 * Whether a claim for the qualification made on `on` is made under DCS (and so is provisional
 * until a verification visit confirms it): granted or reinstated by then, not withdrawn since,
 * before the end date and before the final visit. `findings` say why not, in the rule's words.
 */
export async function directClaimsStanding(
  db: Db,
  input: { centreId: string; qualificationId: string; on: IsoDate | Date },
): Promise<{ underDirectClaims: boolean; findings: RuleFinding[] }> {
  const on = toIsoDate(input.on);
  const status = await db.directClaimsStatus.findFirst({
    where: { centreId: input.centreId, qualificationId: input.qualificationId },
    select: statusSelect,
  });
  if (!status) {
    const findings = checkDirectClaimAllowed(
      { grantedOn: null, withdrawnOn: null, authorisedQualificationNumbers: [] },
      { qualificationNumber: "", qualificationEndDate: null, visits: [], claimOn: on },
    ).filter((finding) => finding.code === "dcs.not-granted");
    return { underDirectClaims: false, findings };
  }
  const visits = verificationVisitsFor(await centreVisits(db, input.centreId), status.qualificationId);
  const qualificationNumber = status.qualification.qualificationNumber;
  const findings = checkDirectClaimAllowed(directClaimsFactsOn(historyOf(status), qualificationNumber, on), {
    qualificationNumber,
    qualificationEndDate: directClaimsEndDate(
      status.endsOn ? isoDay(status.endsOn) : null,
      status.qualification.certificationEndDate ? isoDay(status.qualification.certificationEndDate) : null,
    ),
    visits,
    claimOn: on,
  });
  return { underDirectClaims: !findings.some((finding) => finding.severity === "problem"), findings };
}

export type DirectClaimsWarning = { qualificationId: string; title: string; endsOn: IsoDate; findings: RuleFinding[] };

/**
 * For the admin home and /direct-claims: each qualification the centre holds DCS for on `asOf`
 * whose end date is within 90 days or has passed, and no final verification visit is held or
 * planned before it (handbook 5.21.3).
 */
export async function directClaimsWarnings(db: Db, input: { centreId: string; asOf: IsoDate | Date }): Promise<DirectClaimsWarning[]> {
  const asOf = toIsoDate(input.asOf);
  const statuses = await db.directClaimsStatus.findMany({
    where: { centreId: input.centreId, state: "ACTIVE" },
    select: statusSelect,
    orderBy: { qualification: { title: "asc" } },
  });
  if (statuses.length === 0) return [];
  const stored = await centreVisits(db, input.centreId);
  const warnings: DirectClaimsWarning[] = [];
  for (const status of statuses) {
    const facts = directClaimsFactsOn(historyOf(status), status.qualification.qualificationNumber, asOf);
    if (facts.grantedOn === null || facts.grantedOn > asOf || facts.withdrawnOn !== null) continue;
    const endsOn = directClaimsEndDate(
      status.endsOn ? isoDay(status.endsOn) : null,
      status.qualification.certificationEndDate ? isoDay(status.qualification.certificationEndDate) : null,
    );
    if (endsOn === null || daysBetween(asOf, endsOn) > END_DATE_WARNING_DAYS) continue;
    const findings = checkFinalVerificationVisit({
      qualificationEndDate: endsOn,
      candidateIds: [],
      visits: verificationVisitsFor(stored, status.qualificationId),
      asOf,
    });
    if (findings.length > 0)
      warnings.push({ qualificationId: status.qualificationId, title: status.qualification.title, endsOn, findings });
  }
  return warnings;
}
