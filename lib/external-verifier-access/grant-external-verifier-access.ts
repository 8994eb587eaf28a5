import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { grantExpiryProblem } from "@/lib/rules/external-verifier-access";
import type { ExternalVerifierAccessGrantedSummary } from "./audit-summaries";
import { grantExternalVerifierAccessSchema } from "./schemas";

/**
 * The admin opens chosen candidates of the centre, read-only, to an external verifier of the
 * centre (an active EXTERNAL_VERIFIER membership), optionally for a planned visit, until the
 * expiry date. The verifier, the visit and every candidate must be the centre's: any other is
 * "not found", like a missing one.
 */
export const grantExternalVerifierAccess = defineCentreAction({
  name: "externalVerifierAccess.grant",
  audit: { label: "Granted an external verifier access to candidates", summary: auditSummary<ExternalVerifierAccessGrantedSummary>() },
  input: grantExternalVerifierAccessSchema,
  permission: "externalVerifierAccess.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const today = isoDay(now);
    // The centre's candidates first: another centre's, like a missing one, is "not found".
    const candidates = await tx.candidate.findMany({
      where: { centreId, id: { in: input.candidateIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    if (candidates.length !== input.candidateIds.length) throw notFound("Candidate");
    const membership = await tx.membership.findFirst({
      where: { centreId, userId: input.externalVerifierUserId, role: "EXTERNAL_VERIFIER", status: "ACTIVE" },
      select: { expiresOn: true, user: { select: { name: true } } },
    });
    if (!membership) throw notFound("External verifier");
    const membershipEndsOn = membership.expiresOn ? isoDay(membership.expiresOn) : null;
    if (membershipEndsOn !== null && membershipEndsOn < today) {
      throw new AppError("INVALID_INPUT", "That verifier's access to the centre has ended.", {
        externalVerifierUserId: [`${membership.user.name}'s access to the centre ended on ${membershipEndsOn}.`],
      });
    }
    const expiryProblem = grantExpiryProblem(input.expiresOn, today, membershipEndsOn);
    if (expiryProblem) throw new AppError("INVALID_INPUT", expiryProblem, { expiresOn: [expiryProblem] });

    const visit =
      input.visitId === ""
        ? null
        : await tx.externalVerifierVisit.findFirst({
            where: { id: input.visitId, centreId },
            select: { id: true, visitOn: true, purpose: true, status: true },
          });
    if (input.visitId !== "" && !visit) throw notFound("Visit");
    if (visit?.status === "CANCELLED") {
      throw new AppError("INVALID_INPUT", "That visit was cancelled.", { visitId: ["That visit was cancelled: choose another, or none."] });
    }

    const grant = await tx.externalVerifierAccess.create({
      data: {
        centreId,
        externalVerifierUserId: input.externalVerifierUserId,
        visitId: visit?.id ?? null,
        expiresOn: new Date(`${input.expiresOn}T00:00:00Z`),
        grantedById: access.userId,
        grantedAt: now,
        candidates: { create: candidates.map((candidate) => ({ centreId, candidateId: candidate.id })) },
      },
      select: { id: true },
    });
    await audit({
      targetType: "ExternalVerifierAccess",
      targetId: grant.id,
      summary: {
        externalVerifier: membership.user.name,
        expiresOn: input.expiresOn,
        ...(visit ? { visit: `${isoDay(visit.visitOn)}${visit.purpose ? `: ${visit.purpose}` : ""}` } : {}),
        candidates: candidates.map((candidate) => candidate.name),
      },
    });
    return { accessId: grant.id };
  },
});
