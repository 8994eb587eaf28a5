import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { declarationInForce } from "@/lib/rules/conflicts-of-interest";
import { assessingCentres, declarableCandidates, declarableCentres, declarableSchools, maySelfDeclare } from "./eligibility";
import { asReaderMaySee } from "./reader-scope";
import { centreConflictDeclarations, declarationsOf } from "./rule-declarations";
import type { RegisterStatus } from "./schemas";

// The signed-in person's own declarations (their professional record) and the centre-wide
// conflict-of-interest register.

/**
 * The person's own declarations, about anyone anywhere, and whom they may declare about: candidates
 * of the centres where they assess or quality-assure, centres of their awarding bodies, schools of
 * the bodies that approved them. Null when they keep no declarations (not an assessor or IQA).
 */
export async function ownConflictRecord(access: AccessContext) {
  const db = getPrisma();
  const userId = access.userId;
  if (!(await maySelfDeclare(db, userId))) return null;
  const [declarations, assessing, candidates, centres, schools] = await Promise.all([
    declarationsOf(db, { userId }),
    assessingCentres(db, userId),
    declarableCandidates(db, userId),
    declarableCentres(db, userId),
    declarableSchools(db, userId),
  ]);
  return {
    declarations,
    choices: {
      candidateCentres: assessing.map((centre) => ({ id: centre.id, name: centre.name })),
      candidates,
      centres: centres.map((centre) => ({ id: centre.id, name: centre.name, awardingBody: centre.awardingBody.name })),
      schools: schools.map((school) => ({ id: school.id, name: school.name, awardingBody: school.awardingBody.name })),
    },
  };
}

/**
 * The centre's conflict-of-interest register: every declaration about one of its candidates or
 * about the centre itself, by every member of staff, filtered by in force (today) or ended. An
 * external verifier sees a candidate they were not granted as "a candidate" (./reader-scope.ts).
 */
export async function conflictRegister(access: AccessContext, status: RegisterStatus, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "conflict.register");
  const today = isoDay(now);
  const db = getPrisma();
  const rows = await asReaderMaySee(db, centre, await centreConflictDeclarations(db, { centreId: centre.workspace.centreId }), now);
  const all = rows.map((row) => ({ ...row, inForce: declarationInForce({ endedOn: row.endedOn ? isoDay(row.endedOn) : null }, today) }));
  return {
    counts: { inForce: all.filter((row) => row.inForce).length, ended: all.filter((row) => !row.inForce).length, all: all.length },
    rows: status === "all" ? all : all.filter((row) => row.inForce === (status === "in-force")),
  };
}

/** The signed-in person's own declarations that touch the active centre (its candidates, the centre itself). */
export async function ownDeclarationsAtCentre(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "conflict.declare");
  const today = isoDay(now);
  const rows = await centreConflictDeclarations(getPrisma(), { centreId: centre.workspace.centreId, staffUserIds: [centre.userId] });
  return rows.map((row) => ({ ...row, inForce: declarationInForce({ endedOn: row.endedOn ? isoDay(row.endedOn) : null }, today) }));
}
