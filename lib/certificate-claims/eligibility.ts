import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { parseRuleOfCombination } from "@/lib/qualifications/rule-of-combination-data";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import { certificateClaims } from "@/lib/rules/certificate-claims";
import type { IsoDate } from "@/lib/rules/dates";
import type { RuleFinding } from "@/lib/rules/findings";
import { claimRequestKey, loadUnitClaimRequests } from "@/lib/sign-off/claim-request";
import { awardClaimKey, unitClaimKey } from "./claim-keys";

// What each candidate of a centre can be claimed for now, and why anything cannot
// (lib/rules/certificate-claims.ts), in a fixed number of queries however many candidates.
// Read by the claims page, the create-batch action (inside its transaction) and the admin home.

type Db = PrismaClient | Prisma.TransactionClient;

/** The batch line an item is already on, if any. */
export type ClaimLineInfo = {
  lineId: string;
  batchId: string;
  reference: string;
  batchStatus: "DRAFT" | "CLAIMED";
  claimedOn: IsoDate | null;
  provisional: boolean;
  confirmedOn: IsoDate | null;
  certificateReceivedOn: IsoDate | null;
  certificateNumber: string | null;
};

export type ClaimableUnit = {
  unitId: string;
  urn: string;
  title: string;
  credit: number;
  claimable: boolean;
  reasons: RuleFinding[];
  /** On a batch marked claimed. */
  claimed: boolean;
  /** The batch line it is on (a draft or a claimed batch), if any. */
  line: ClaimLineInfo | null;
};

export type CandidateClaimable = {
  candidateId: string;
  name: string;
  uln: string | null;
  publiclyFunded: boolean;
  status: "ACTIVE" | "WITHDRAWN" | "COMPLETED";
  entryType: "FULL_AWARD" | "UNITS";
  qualification: { id: string; title: string; qualificationNumber: string; entryCode: string | null };
  units: ClaimableUnit[];
  fullAward: { claimable: boolean; reasons: RuleFinding[]; claimed: boolean; line: ClaimLineInfo | null };
  /** Warnings that do not stop a claim: no ULN (handbook 7.4). */
  warnings: RuleFinding[];
};

const day = (date: Date | null) => (date === null ? null : isoDay(date));

/**
 * Every candidate of the centre (or the ones named; an id of another centre is simply absent), in
 * name order, with what can be claimed for them on `asOf`.
 */
export async function claimableFor(
  db: Db,
  { centreId, candidateIds, asOf }: { centreId: string; candidateIds?: readonly string[]; asOf: IsoDate },
): Promise<CandidateClaimable[]> {
  const candidates = await db.candidate.findMany({
    where: { centreId, ...(candidateIds ? { id: { in: [...candidateIds] } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      uln: true,
      publiclyFunded: true,
      status: true,
      withdrawnOn: true,
      entryType: true,
      entryUnitIds: true,
      qualificationId: true,
    },
  });
  if (candidates.length === 0) return [];
  const ids = candidates.map((candidate) => candidate.id);
  const centre = await db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { awardingBodyId: true } });
  const [qualifications, requests, lines] = await Promise.all([
    db.qualification.findMany({
      where: {
        id: { in: [...new Set(candidates.map((candidate) => candidate.qualificationId))] },
        ...centreQualificationsWhere({ awardingBodyId: centre.awardingBodyId, centreId }),
      },
      select: {
        id: true,
        title: true,
        qualificationNumber: true,
        entryCode: true,
        ruleOfCombination: true,
        certificationEndDate: true,
        units: {
          select: { id: true, urn: true, title: true, credit: true, level: true, glh: true, group: true, unitNumber: true },
          orderBy: [{ group: "asc" }, { unitNumber: "asc" }, { urn: "asc" }],
        },
      },
    }),
    loadUnitClaimRequests(db, { centreId, candidateIds: ids }),
    db.certificateClaimLine.findMany({
      where: { centreId, candidateId: { in: ids } },
      select: {
        id: true,
        candidateId: true,
        claimKey: true,
        provisional: true,
        confirmedOn: true,
        certificateReceivedOn: true,
        certificateNumber: true,
        batch: { select: { id: true, reference: true, status: true, claimedOn: true } },
      },
    }),
  ]);
  const qualificationById = new Map(qualifications.map((qualification) => [qualification.id, qualification]));
  const lineByKey = new Map<string, ClaimLineInfo>(
    lines.map((line) => [
      `${line.candidateId}|${line.claimKey}`,
      {
        lineId: line.id,
        batchId: line.batch.id,
        reference: line.batch.reference,
        batchStatus: line.batch.status,
        claimedOn: day(line.batch.claimedOn),
        provisional: line.provisional,
        confirmedOn: day(line.confirmedOn),
        certificateReceivedOn: day(line.certificateReceivedOn),
        certificateNumber: line.certificateNumber,
      },
    ]),
  );

  return candidates.flatMap((candidate) => {
    const qualification = qualificationById.get(candidate.qualificationId);
    if (!qualification) return [];
    const lineOf = (claimKey: string) => lineByKey.get(`${candidate.id}|${claimKey}`) ?? null;
    const data = parseRuleOfCombination(qualification.ruleOfCombination);
    const awardLine = lineOf(awardClaimKey(qualification.id));
    const answer = certificateClaims({
      candidate: {
        status: candidate.status === "WITHDRAWN" ? "withdrawn" : candidate.status === "COMPLETED" ? "completed" : "active",
        withdrawnOn: day(candidate.withdrawnOn),
        entryType: candidate.entryType === "UNITS" ? "units" : "fullAward",
        entryUnitIds: candidate.entryUnitIds,
        uln: candidate.uln,
        publiclyFunded: candidate.publiclyFunded,
      },
      units: qualification.units.map((unit) => ({
        id: unit.id,
        urn: unit.urn,
        request: requests.get(claimRequestKey(candidate.id, unit.id)) ?? null,
        inBatch: lineOf(unitClaimKey(unit.id)) !== null,
      })),
      spec: {
        units: qualification.units.map((unit) => ({ ...unit, unitNumber: unit.unitNumber ?? undefined })),
        rules: data.rules,
        groups: data.groups,
      },
      awardInBatch: awardLine !== null,
      certificationEndDate: day(qualification.certificationEndDate),
      asOf,
    });
    const units = qualification.units.flatMap((unit): ClaimableUnit[] => {
      const item = answer.units.get(unit.id);
      if (!item) return [];
      const line = lineOf(unitClaimKey(unit.id));
      return [
        {
          unitId: unit.id,
          urn: unit.urn,
          title: unit.title,
          credit: unit.credit,
          claimable: item.claimable,
          reasons: item.reasons,
          claimed: line?.batchStatus === "CLAIMED",
          line,
        },
      ];
    });
    return [
      {
        candidateId: candidate.id,
        name: candidate.name,
        uln: candidate.uln,
        publiclyFunded: candidate.publiclyFunded,
        status: candidate.status,
        entryType: candidate.entryType,
        qualification: {
          id: qualification.id,
          title: qualification.title,
          qualificationNumber: qualification.qualificationNumber,
          entryCode: qualification.entryCode,
        },
        units,
        fullAward: { ...answer.fullAward, claimed: awardLine?.batchStatus === "CLAIMED", line: awardLine },
        warnings: answer.warnings,
      },
    ];
  });
}

/** Whether anything can be claimed for the candidate now. */
export function hasClaimable(candidate: CandidateClaimable): boolean {
  return candidate.fullAward.claimable || candidate.units.some((unit) => unit.claimable);
}

/** How many candidates of the centre have a certificate ready to claim on `asOf` (the admin home's "claims ready"). */
export async function claimsReadyCount(db: Db, { centreId, asOf }: { centreId: string; asOf: IsoDate }): Promise<number> {
  const candidates = await claimableFor(db, { centreId, asOf });
  return candidates.filter(hasClaimable).length;
}
