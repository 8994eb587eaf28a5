import { workspaceKey } from "@/lib/auth/access-context";
import { hashPassword } from "@/lib/auth/password-hashing";
import { getPrisma } from "@/lib/db/client";

// A small two-centre world for integration tests: each centre has an admin, an assessor and a
// candidate; one assessor works for both.

export const testPassword = "violet harbour lantern";
// A real-cost argon2id hash, made once per test file: sign-in timing tests compare against it.
let passwordHash: Promise<string> | undefined;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createUser(name: string, options: { email?: string; password?: boolean } = {}) {
  return getPrisma().user.create({
    data: {
      name,
      email: options.email ?? `${name.toLowerCase().replace(/\W+/g, ".")}.${unique()}@test.example`,
      passwordHash: options.password === false ? null : await (passwordHash ??= hashPassword(testPassword)),
    },
  });
}

export async function createCentre(name: string, awardingBodyId: string) {
  return getPrisma().centre.create({
    data: { name, centreNumber: unique().slice(-5), awardingBodyId, approvedOn: new Date("2020-01-01") },
  });
}

export async function createCentreWorld() {
  const db = getPrisma();
  const body = await db.awardingBody.create({ data: { name: `OCR ${unique()}`, legalName: "Test awarding body" } });
  const centreA = await createCentre("Alpha College", body.id);
  const centreB = await createCentre("Beta Training", body.id);

  async function member(centreId: string, name: string, role: "CENTRE_ADMIN" | "ASSESSOR" | "IQA" | "CANDIDATE") {
    const user = await createUser(name);
    const membership = await db.membership.create({ data: { centreId, userId: user.id, role, isHeadOfCentre: false } });
    return { user, membership };
  }

  const adminA = await member(centreA.id, "Ada Admin", "CENTRE_ADMIN");
  const assessorA = await member(centreA.id, "Alan Assessor", "ASSESSOR");
  const candidateA = await member(centreA.id, "Cara Candidate", "CANDIDATE");
  const adminB = await member(centreB.id, "Bea Admin", "CENTRE_ADMIN");
  const assessorB = await member(centreB.id, "Ben Assessor", "ASSESSOR");
  const shared = await createUser("Sam Shared");
  const sharedA = await db.membership.create({ data: { centreId: centreA.id, userId: shared.id, role: "ASSESSOR" } });
  const sharedB = await db.membership.create({ data: { centreId: centreB.id, userId: shared.id, role: "ASSESSOR" } });

  return {
    body,
    centreA,
    centreB,
    adminA,
    assessorA,
    candidateA,
    adminB,
    assessorB,
    shared: { user: shared, membershipA: sharedA, membershipB: sharedB },
    /** The actor as the action helper receives it from a session. */
    actor: (userId: string, centreId?: string) => ({ userId, workspaceKey: centreId ? workspaceKey.centre(centreId) : null }),
  };
}
