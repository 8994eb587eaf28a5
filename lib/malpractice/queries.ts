import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { malpracticeStaffWhere } from "./people";
import type { MalpracticeFilter } from "./schemas";

// Confidential to the head of centre (permission malpractice.manage): anyone else, including the
// centre admin and the external verifier, is told "not found", as for a case that does not exist.

const caseSelect = {
  id: true,
  version: true,
  subject: true,
  suspicion: true,
  cameToLightOn: true,
  status: true,
  reportedToAwardingBodyOn: true,
  reportNote: true,
  outcome: true,
  closedOn: true,
  createdAt: true,
  staffMember: { select: { id: true, name: true } },
  candidate: { select: { id: true, name: true } },
  recordedBy: { select: { name: true } },
} as const;

/** The centre's cases: under investigation (oldest first), closed, or all (newest first). */
export async function listMalpracticeCases(access: AccessContext, filter: MalpracticeFilter) {
  const centre = requireCentrePermission(access, "malpractice.manage");
  const status = filter === "open" ? "UNDER_INVESTIGATION" : filter === "closed" ? "CLOSED" : undefined;
  return getPrisma().malpracticeCase.findMany({
    where: { centreId: centre.workspace.centreId, ...(status ? { status } : {}) },
    orderBy: filter === "open" ? [{ cameToLightOn: "asc" }, { createdAt: "asc" }] : [{ cameToLightOn: "desc" }, { createdAt: "desc" }],
    select: { ...caseSelect, _count: { select: { notes: true } } },
  });
}

/** One case with its investigation notes, oldest first (the order they were written in). */
export async function getMalpracticeCase(access: AccessContext, caseId: string) {
  const centre = requireCentrePermission(access, "malpractice.manage", "Case");
  requireRecordId(caseId, "Case");
  const centreId = centre.workspace.centreId;
  const found = await getPrisma().malpracticeCase.findFirst({
    where: { id: caseId, centreId },
    select: {
      ...caseSelect,
      notes: {
        where: { centreId },
        orderBy: [{ writtenOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, writtenOn: true, note: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!found) throw notFound("Case");
  return found;
}

/** Whom a new case may be about: the centre's staff and its candidates. */
export async function malpracticeFormOptions(access: AccessContext) {
  const centre = requireCentrePermission(access, "malpractice.manage");
  const centreId = centre.workspace.centreId;
  const [staff, candidates] = await Promise.all([
    getPrisma().user.findMany({ where: malpracticeStaffWhere(centreId), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    getPrisma().candidate.findMany({ where: { centreId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { staff, candidates };
}
