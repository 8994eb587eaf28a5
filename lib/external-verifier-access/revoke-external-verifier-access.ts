import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { ExternalVerifierAccessRevokedSummary } from "./audit-summaries";
import { revokeExternalVerifierAccessSchema } from "./schemas";

/** The admin ends a grant at once: from now the verifier reads none of its candidates. */
export const revokeExternalVerifierAccess = defineCentreAction({
  name: "externalVerifierAccess.revoke",
  audit: { label: "Revoked an external verifier's access to candidates", summary: auditSummary<ExternalVerifierAccessRevokedSummary>() },
  input: revokeExternalVerifierAccessSchema,
  permission: "externalVerifierAccess.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const grant = await tx.externalVerifierAccess.findFirst({
      where: { id: input.accessId, centreId },
      select: {
        id: true,
        version: true,
        revokedAt: true,
        expiresOn: true,
        externalVerifierUserId: true,
        _count: { select: { candidates: true } },
      },
    });
    if (!grant) throw notFound("Access");
    if (grant.revokedAt) throw new AppError("CONFLICT", "This access was already revoked.");
    if (grant.version !== input.version) throw new AppError("STALE");
    const { count } = await tx.externalVerifierAccess.updateMany({
      where: { id: grant.id, centreId, version: grant.version, revokedAt: null },
      data: { revokedAt: now, revokedById: access.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    const verifier = await tx.user.findUnique({ where: { id: grant.externalVerifierUserId }, select: { name: true } });
    await audit({
      targetType: "ExternalVerifierAccess",
      targetId: grant.id,
      summary: {
        externalVerifier: verifier?.name ?? "Former external verifier",
        expiresOn: isoDay(grant.expiresOn),
        candidates: grant._count.candidates,
        revokedOn: isoDay(now),
      },
    });
    return { accessId: grant.id };
  },
});
