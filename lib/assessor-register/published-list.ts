import "server-only";
import { publishedNaaceStates } from "@/lib/approvals/lifecycle";
import { getPrisma } from "@/lib/db/client";
import { awardingBodyPolicies } from "@/lib/policies/awarding-body-policy";

// The published list of registered assessors (Naace code, "Initial registration": "An on-line
// list of Registered Assessors is maintained … as a service to members"), from which schools may
// request an assessor. Public: anyone may read it without signing in, so it carries each
// assessor's name and organisation and nothing else (no email, state, dates or user id).
//
// Who is on it: registered assessors whose registration stands — registered, development required,
// awaiting second moderation, and accredited. Not a person only selected (not yet registered),
// not accredited after a second moderation or appealing that (they failed the criteria for
// accreditation, whose breach "will result in removal from the register"), and never removed.

export type PublishedAssessor = { name: string; organisation: string | null };
export type PublishedList = { awardingBodyName: string; assessors: PublishedAssessor[] };

/** For each awarding body whose policy runs the Naace lifecycle: its registered assessors, by name. */
export async function publishedAssessorLists(): Promise<PublishedList[]> {
  const db = getPrisma();
  const bodies = await db.awardingBody.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const policies = await awardingBodyPolicies(
    db,
    bodies.map((body) => body.id),
  );
  const naaceBodies = bodies.filter((body) => policies.get(body.id)?.naaceLifecycle);
  if (naaceBodies.length === 0) return [];
  const approvals = await db.assessorApproval.findMany({
    where: {
      awardingBodyId: { in: naaceBodies.map((body) => body.id) },
      scheme: "NAACE",
      state: { in: [...publishedNaaceStates] },
    },
    select: { awardingBodyId: true, organisation: true, assessor: { select: { name: true } } },
  });
  return naaceBodies.map((body) => ({
    awardingBodyName: body.name,
    assessors: approvals
      .filter((approval) => approval.awardingBodyId === body.id)
      .map((approval) => ({ name: approval.assessor.name, organisation: approval.organisation }))
      .sort((a, b) => a.name.localeCompare(b.name) || (a.organisation ?? "").localeCompare(b.organisation ?? "")),
  }));
}
