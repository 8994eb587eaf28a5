import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate, loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isAppealOpen, nextAppealSteps } from "@/lib/rules/appeals";
import { appealRecordOf } from "./change-appeal";
import { appealDeciderWhere } from "./deciders";
import { openAppealWhere } from "./open-cases";
import type { AppealFilter } from "./schemas";

const appealSelect = {
  id: true,
  lodgedOn: true,
  status: true,
  grounds: true,
  decisionDescription: true,
  createdAt: true,
  unitDecision: {
    select: { id: true, decisionType: true, outcome: true, decidedOn: true, unit: { select: { id: true, title: true, urn: true } } },
  },
} as const;

/** A candidate's appeals (the candidate's own, or any of the centre's candidates for staff who see candidates). */
export async function listCandidateAppeals(access: AccessContext, candidateId: string) {
  const staff = rolesCan(access.workspace.roles, "candidate.view");
  const centre = requireCentrePermission(access, staff ? "candidate.view" : "portfolio.own", "Candidate");
  const candidate = await loadCandidate(getPrisma(), centre, candidateId);
  const appeals = await getPrisma().appeal.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ lodgedOn: "desc" }, { createdAt: "desc" }],
    select: appealSelect,
  });
  return { candidate, appeals };
}

/** What a candidate may appeal against: their own recorded unit decisions. */
export async function appealFormOptions(access: AccessContext, candidateId: string) {
  const centre = requireCentrePermission(access, "portfolio.own", "Candidate");
  const candidate = await loadOwnCandidate(getPrisma(), centre, candidateId);
  const decisions = await getPrisma().unitDecision.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, decisionType: true, outcome: true, decidedOn: true, status: true, unit: { select: { title: true, urn: true } } },
  });
  return { candidate, decisions };
}

/** Every appeal lodged at the centre, newest first, for the centre admin. */
export async function listCentreAppeals(access: AccessContext) {
  const centre = requireCentrePermission(access, "appeal.view");
  return getPrisma().appeal.findMany({
    where: { centreId: centre.workspace.centreId },
    orderBy: [{ lodgedOn: "desc" }, { createdAt: "desc" }],
    select: { ...appealSelect, candidate: { select: { id: true, name: true } } },
  });
}

const registerSelect = {
  ...appealSelect,
  version: true,
  acknowledgedOn: true,
  reviewStartedOn: true,
  decidedOn: true,
  outcomeReasons: true,
  withdrawnOn: true,
  withdrawalNote: true,
  referredOn: true,
  referralNote: true,
  awardingBodyOutcomeOn: true,
  awardingBodyOutcome: true,
  candidate: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
  unitDecision: {
    select: {
      id: true,
      decisionType: true,
      outcome: true,
      decidedOn: true,
      unit: { select: { id: true, title: true, urn: true } },
      assessor: { select: { id: true, name: true } },
    },
  },
} as const;

/**
 * The centre's appeals register: open appeals (not decided or withdrawn, or with the awarding
 * body), decided ones (closed), or all, oldest lodged first for open ones so the longest waiting
 * comes first, newest first otherwise.
 */
export async function appealRegister(access: AccessContext, filter: AppealFilter) {
  const centre = requireCentrePermission(access, "appeal.view");
  const where = filter === "open" ? openAppealWhere : filter === "decided" ? { NOT: openAppealWhere } : {};
  const rows = await getPrisma().appeal.findMany({
    where: { centreId: centre.workspace.centreId, ...where },
    orderBy: filter === "open" ? [{ lodgedOn: "asc" }, { createdAt: "asc" }] : [{ lodgedOn: "desc" }, { createdAt: "desc" }],
    select: registerSelect,
  });
  return rows.map((row) => ({ ...row, open: isAppealOpen(appealRecordOf(row)) }));
}

/**
 * One appeal in the register with the steps the admin may record next and the people who may be
 * named as deciding it (the centre's staff, never the assessor of the decision appealed against).
 */
export async function appealInRegister(access: AccessContext, appealId: string) {
  const centre = requireCentrePermission(access, "appeal.view", "Appeal");
  requireRecordId(appealId, "Appeal");
  const centreId = centre.workspace.centreId;
  const appeal = await getPrisma().appeal.findFirst({ where: { id: appealId, centreId }, select: registerSelect });
  if (!appeal) throw notFound("Appeal");
  const record = appealRecordOf(appeal);
  const canManage = rolesCan(centre.workspace.roles, "appeal.manage");
  const deciders = canManage
    ? await getPrisma().user.findMany({
        where: {
          ...appealDeciderWhere(centreId),
          ...(appeal.unitDecision ? { id: { not: appeal.unitDecision.assessor.id } } : {}),
        },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : [];
  return { appeal, open: isAppealOpen(record), nextSteps: canManage ? nextAppealSteps(record) : [], deciders };
}
