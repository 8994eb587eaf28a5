import "server-only";
import { claimedCandidates, type ClaimedCandidate } from "@/lib/certificate-claims/claimed";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { joinedSinceVisit } from "@/lib/staff/visit-flags";
import { lastCompletedVisit } from "@/lib/visits/queries";
import { candidateRecordPage, loadCandidateRecords, type CandidateRecordData, type EvidenceFileLink } from "./candidate-record-page";
import { centreRecords } from "./centre-records";
import { directClaimsPage, lastVisitReportPage, sampleSignaturesPage, teamPage, type TeamMember } from "./pack-pages";
import { candidateFolder, staffFolder, storedFilePath } from "./pack-paths";

// What goes into a visit pack (handbook 5.20.2), worked out before anything is written: the list
// of entries (stored files to copy, pages to generate when their turn comes) grouped as the index
// shows them. Only names, keys and ids are held here; every page is generated, and every file
// read, one at a time while the zip is written.

type Db = PrismaClient | Prisma.TransactionClient;

export type PackEntry = { path: string; label: string } & (
  { kind: "stored"; storageKey: string } | { kind: "generated"; content: () => string | Promise<string> | AsyncIterable<string> }
);

export type PackGroup = { title?: string; entries: PackEntry[] };
export type PackSection = { heading: string; description: string; groups: PackGroup[] };
export type PackPlan = { title: string; visitOn: Date; sections: PackSection[]; entryCount: number };

const RECORD_BATCH = 25;

const staffFileKindLabels = {
  CV: "CV",
  CERTIFICATE: "Certificate",
  ROLE_PROFILE: "Role profile",
  CPD_EVIDENCE: "Training (CPD) evidence",
} as const;

export async function planVisitPack(
  db: Db,
  pack: { centreId: string; visitId: string; workInProgressCandidateIds: string[] },
): Promise<PackPlan> {
  const { centreId } = pack;
  const visit = await db.externalVerifierVisit.findFirstOrThrow({
    where: { centreId, id: pack.visitId },
    select: { visitOn: true, externalVerifierName: true, centre: { select: { name: true } } },
  });
  const last = await lastCompletedVisit(db, { centreId, before: visit.visitOn });
  const claimed = await claimedCandidates(db, { centreId });
  const claimedById = new Map<string, ClaimedCandidate>(claimed.map((c) => [c.candidateId, c]));
  const wipIds = pack.workInProgressCandidateIds.filter((id) => !claimedById.has(id));
  const candidates = await db.candidate.findMany({
    where: { centreId, id: { in: [...claimedById.keys(), ...wipIds] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  const files = await db.storedFile.findMany({
    where: {
      centreId,
      candidateId: { in: candidates.map((c) => c.id) },
      OR: [{ evidenceItemId: { not: null } }, { activityId: { not: null } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, candidateId: true, storageKey: true, fileName: true, evidenceItemId: true, activityId: true },
  });
  const filesByCandidate = new Map<string, typeof files>();
  for (const file of files) filesByCandidate.set(file.candidateId, [...(filesByCandidate.get(file.candidateId) ?? []), file]);
  const unitIds = [...new Set(claimed.flatMap((c) => c.lines.map((l) => l.unitId)).filter((id): id is string => id !== null))];
  const units = new Map(
    (await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, urn: true, title: true } })).map((u) => [u.id, u]),
  );
  const unitName = (unitId: string | null) => (unitId ? (units.get(unitId)?.urn ?? null) : null);

  // Records are read in batches, in the order the pack writes them (claimed, then work in progress);
  // a batch is dropped once the pack has moved past it, so only two batches are ever held.
  const order = [...candidates.filter((c) => claimedById.has(c.id)), ...candidates.filter((c) => wipIds.includes(c.id))].map((c) => c.id);
  const batches = new Map<number, Promise<Map<string, CandidateRecordData>>>();
  const recordOf = async (candidateId: string): Promise<CandidateRecordData> => {
    const batch = Math.floor(order.indexOf(candidateId) / RECORD_BATCH);
    if (!batches.has(batch))
      batches.set(batch, loadCandidateRecords(db, centreId, order.slice(batch * RECORD_BATCH, (batch + 1) * RECORD_BATCH)));
    batches.delete(batch - 2);
    const record = (await batches.get(batch)!).get(candidateId);
    if (!record) throw new Error("A candidate of the pack was not found.");
    return record;
  };

  const candidateGroup = (candidate: { id: string; name: string }, workInProgress: boolean): PackGroup => {
    const folder = candidateFolder(candidate);
    const links = new Map<string, EvidenceFileLink>();
    const fileEntries: PackEntry[] = (filesByCandidate.get(candidate.id) ?? []).map((file, index) => {
      const path = storedFilePath(`${folder}/evidence`, index, file.fileName);
      links.set(file.id, {
        fileId: file.id,
        path: path.slice(folder.length + 1),
        fileName: file.fileName,
        ownerId: (file.evidenceItemId ?? file.activityId)!,
      });
      return { kind: "stored", path, label: file.fileName, storageKey: file.storageKey };
    });
    const claimedLines = (claimedById.get(candidate.id)?.lines ?? []).map((l) => ({
      kind: l.kind,
      unit: unitName(l.unitId),
      claimedOn: l.claimedOn,
      provisional: l.provisional,
      reference: l.reference,
    }));
    return {
      title: candidate.name,
      entries: [
        {
          kind: "generated",
          path: `${folder}/record.html`,
          label: "Assessment record",
          content: async () => candidateRecordPage(await recordOf(candidate.id), { files: links, claimedLines, workInProgress }),
        },
        ...fileEntries,
      ],
    };
  };

  const dcsRows = claimed.flatMap((c) => {
    const candidate = candidates.find((x) => x.id === c.candidateId);
    if (!candidate) return [];
    return c.lines
      .filter((l) => l.underDirectClaims && (!last || l.claimedOn > isoDay(last.visitOn)))
      .map((l) => ({
        candidate: candidate.name,
        folder: candidateFolder(candidate),
        claim: l.kind === "FULL_AWARD" ? "Full award" : `Unit ${unitName(l.unitId) ?? ""}`,
        claimedOn: l.claimedOn,
        reference: l.reference,
        provisional: l.provisional,
      }));
  });

  const team = await assessmentTeam(db, centreId, visit.visitOn, last?.visitOn ?? null);
  const teamSection = await teamEntries(db, team, last?.visitOn ?? null);

  const sections: PackSection[] = [
    {
      heading: "Claimed candidates",
      description: "The assessment records and evidence of every candidate claimed for certification.",
      groups: candidates.filter((c) => claimedById.has(c.id)).map((c) => candidateGroup(c, false)),
    },
    {
      heading: "Direct Claims Status claims since the last visit",
      description: "Certificates claimed under DCS since the last visit, with links to the candidates' records.",
      groups: [
        {
          entries: [
            {
              kind: "generated",
              path: "dcs-claims-since-last-visit.html",
              label: "DCS claims since the last visit",
              content: () => directClaimsPage(last?.visitOn ?? null, dcsRows),
            },
          ],
        },
      ],
    },
    {
      heading: "Work-in-progress portfolios",
      description: "Portfolios of candidates still working towards their qualification, chosen by the centre.",
      groups: candidates.filter((c) => wipIds.includes(c.id)).map((c) => candidateGroup(c, true)),
    },
    {
      heading: "Sample signature list",
      description: "The current sample signature of every assessor and internal quality assurance member of staff (RD02).",
      groups: [
        {
          entries: [
            {
              kind: "generated",
              path: "sample-signatures.html",
              label: "Sample signature list",
              content: () => sampleSignaturesPage(db, team),
            },
          ],
        },
      ],
    },
    {
      heading: "Training, CVs and certificates of the assessment team",
      description: "New members of the assessment team since the last visit and updated documents of existing members.",
      groups: teamSection,
    },
    {
      heading: "The last external verifier visit",
      description: last
        ? "The last visit's report and the evidence that its action points and recommendations were met."
        : "The centre has had no external verifier visit before.",
      groups: last
        ? [
            {
              entries: [
                {
                  kind: "generated",
                  path: "last-visit-report.html",
                  label: `Report of the visit on ${isoDay(last.visitOn)}`,
                  content: () => lastVisitReportPage(last),
                },
              ],
            },
          ]
        : [],
    },
    {
      heading: "Centre records",
      description: "The centre's records for verification (handbook 5.20.3), as spreadsheets.",
      groups: [
        {
          entries: centreRecords.map((record) => ({
            kind: "generated" as const,
            path: `centre-records/${record.fileName}`,
            label: `${record.title}: ${record.description}`,
            content: () => record.rows(db, centreId),
          })),
        },
      ],
    },
  ];
  const entryCount = sections.reduce((sum, s) => sum + s.groups.reduce((n, g) => n + g.entries.length, 0), 0);
  return {
    title: `Visit pack: ${visit.centre.name}, external verifier visit on ${isoDay(visit.visitOn)}`,
    visitOn: visit.visitOn,
    sections,
    entryCount,
  };
}

async function assessmentTeam(db: Db, centreId: string, visitOn: Date, lastVisitOn: Date | null): Promise<TeamMember[]> {
  const memberships = await db.membership.findMany({
    where: {
      centreId,
      role: { in: ["ASSESSOR", "IQA"] },
      status: "ACTIVE",
      OR: [{ expiresOn: null }, { expiresOn: { gte: startOfUtcDay(visitOn) } }],
    },
    orderBy: [{ user: { name: "asc" } }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true } } },
  });
  const byPerson = new Map<string, TeamMember>();
  for (const m of memberships) {
    const member = byPerson.get(m.user.id) ?? {
      userId: m.user.id,
      name: m.user.name,
      roles: [],
      joinedAt: m.createdAt,
      newSinceVisit: false,
    };
    member.roles.push(m.role === "IQA" ? "Internal quality assurance" : "Assessor");
    if (m.createdAt < member.joinedAt) member.joinedAt = m.createdAt;
    byPerson.set(m.user.id, member);
  }
  return [...byPerson.values()].map((m) => ({ ...m, newSinceVisit: joinedSinceVisit(m.joinedAt, lastVisitOn) }));
}

async function teamEntries(db: Db, team: TeamMember[], lastVisitOn: Date | null): Promise<PackGroup[]> {
  const newIds = team.filter((m) => m.newSinceVisit).map((m) => m.userId);
  const [staffFiles, cpd] = await Promise.all([
    db.staffFile.findMany({
      where: {
        userId: { in: team.map((m) => m.userId) },
        OR: [{ userId: { in: newIds } }, ...(lastVisitOn ? [{ createdAt: { gt: lastVisitOn } }] : [])],
      },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, userId: true, kind: true, storageKey: true, fileName: true },
    }),
    db.cpdEntry.findMany({
      where: { userId: { in: newIds } },
      orderBy: { activityOn: "desc" },
      select: { userId: true, activityOn: true, description: true, hours: true },
    }),
  ]);
  const people = team
    .map((member) => {
      const folder = staffFolder({ id: member.userId, name: member.name });
      const files = staffFiles
        .filter((f) => f.userId === member.userId)
        .map((f, index) => ({
          kind: "stored" as const,
          path: storedFilePath(folder, index, f.fileName),
          label: `${staffFileKindLabels[f.kind]}: ${f.fileName}`,
          storageKey: f.storageKey,
        }));
      const training = cpd
        .filter((c) => c.userId === member.userId)
        .map((c) => ({ on: isoDay(c.activityOn), description: c.description, hours: c.hours?.toString() ?? null }));
      return { member, files, training };
    })
    .filter((p) => p.member.newSinceVisit || p.files.length > 0);
  return [
    {
      entries: [
        {
          kind: "generated",
          path: "team.html",
          label: "Training, CVs and certificates (summary page)",
          content: () =>
            teamPage(
              lastVisitOn,
              people.map((p) => ({ ...p.member, files: p.files.map((f) => ({ path: f.path, label: f.label })), training: p.training })),
            ),
        },
      ],
    },
    ...people.filter((p) => p.files.length > 0).map((p) => ({ title: p.member.name, entries: p.files })),
  ];
}
