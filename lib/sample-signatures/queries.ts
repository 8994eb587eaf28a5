import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { bodiesToNotify } from "@/lib/circumstances/queries";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { storedStrokes, strokesToPath } from "./schemas";

// Sample signatures (RD02). A person reads their own; the centre's list (staff.view: admins,
// IQAs, the external verifier) shows its assessment team's current ones. The newest is current.

type Db = PrismaClient | Prisma.TransactionClient;

export type SampleSignatureView = {
  id: string;
  method: "DRAWN" | "TYPED";
  typedName: string | null;
  /** The drawing as an SVG path on the 600 × 200 canvas (null for a typed one, or a malformed stored drawing). */
  path: string | null;
  /** IsoDate. */
  signedOn: string;
  createdAt: Date;
};

const signatureSelect = { id: true, userId: true, method: true, typedName: true, strokes: true, signedOn: true, createdAt: true } as const;
type SignatureRow = Prisma.SampleSignatureGetPayload<{ select: typeof signatureSelect }>;

function toView(row: SignatureRow): SampleSignatureView {
  const strokes = row.method === "DRAWN" ? storedStrokes(row.strokes) : null;
  return {
    id: row.id,
    method: row.method,
    typedName: row.typedName,
    path: strokes ? strokesToPath(strokes) : null,
    signedOn: isoDay(row.signedOn),
    createdAt: row.createdAt,
  };
}

/** The person's signatures, newest (current) first. */
export async function ownSampleSignatures(db: Db, userId: string): Promise<SampleSignatureView[]> {
  const rows = await db.sampleSignature.findMany({
    where: { userId },
    select: signatureSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toView);
}

/** Each person's current (newest) signature; people with none are absent from the map. */
export async function currentSampleSignatures(db: Db, userIds: readonly string[]): Promise<Map<string, SampleSignatureView>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.sampleSignature.findMany({
    where: { userId: { in: [...userIds] } },
    select: signatureSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["userId"],
  });
  return new Map(rows.map((row) => [row.userId, toView(row)]));
}

export type SignatureListRow = {
  userId: string;
  name: string;
  roles: ("ASSESSOR" | "IQA")[];
  signature: SampleSignatureView | null;
};

/**
 * The centre's sample signature list (handbook 5.20.2: "a sample signature list for all centre
 * assessors and internal quality assurance personnel"): every person with an active assessor or
 * IQA membership here, with their current signature or none.
 */
export async function centreSignatureList(access: AccessContext, now: Date = new Date()): Promise<SignatureListRow[]> {
  const centre = requireCentrePermission(access, "staff.view", "Signature list");
  const db = getPrisma();
  const memberships = await db.membership.findMany({
    where: {
      centreId: centre.workspace.centreId,
      role: { in: ["ASSESSOR", "IQA"] },
      status: "ACTIVE",
      OR: [{ expiresOn: null }, { expiresOn: { gte: startOfUtcDay(now) } }],
    },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
  });
  const byPerson = new Map<string, SignatureListRow>();
  for (const m of memberships) {
    const row = byPerson.get(m.user.id) ?? { userId: m.user.id, name: m.user.name, roles: [], signature: null };
    if (m.role === "ASSESSOR" || m.role === "IQA") row.roles.push(m.role);
    byPerson.set(m.user.id, row);
  }
  const signatures = await currentSampleSignatures(db, [...byPerson.keys()]);
  return [...byPerson.values()].map((row) => ({ ...row, signature: signatures.get(row.userId) ?? null }));
}

/** The person's own page: whether they keep a sample signature (an assessment team member) and theirs. */
export async function ownSignaturesView(access: AccessContext) {
  const db = getPrisma();
  const [bodies, signatures] = await Promise.all([bodiesToNotify(db, access.userId), ownSampleSignatures(db, access.userId)]);
  return { keepsSignature: bodies.length > 0, signatures, userName: access.userName };
}
