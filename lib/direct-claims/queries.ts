import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import { directClaimsEndDate } from "./facts";
import { directClaimsStanding, directClaimsWarnings } from "./standing";

// The centre's Direct Claims Status page (handbook 5.21): each qualification's DCS with its dates,
// conditions, standing today and history, the warnings, and the qualifications DCS can be recorded for.

export async function directClaimsPage(access: AccessContext, today: Date) {
  const centre = requireCentrePermission(access, "directClaims.manage");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const [statuses, qualifications, warnings] = await Promise.all([
    db.directClaimsStatus.findMany({
      where: { centreId },
      orderBy: { qualification: { title: "asc" } },
      select: {
        id: true,
        version: true,
        qualificationId: true,
        grantedOn: true,
        endsOn: true,
        conditions: true,
        state: true,
        withdrawnOn: true,
        withdrawalReason: true,
        reinstatedOn: true,
        qualification: { select: { qualificationNumber: true, title: true, certificationEndDate: true } },
        events: {
          orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }],
          select: { id: true, kind: true, effectiveOn: true, reason: true, recordedById: true, recordedAt: true },
        },
      },
    }),
    db.qualification.findMany({
      where: { ...centreQualificationsWhere(centre.workspace), directClaimsStatuses: { none: { centreId } } },
      orderBy: { title: "asc" },
      select: { id: true, qualificationNumber: true, title: true },
    }),
    directClaimsWarnings(db, { centreId, asOf: today }),
  ]);
  const userIds = [...new Set(statuses.flatMap((status) => status.events.map((event) => event.recordedById)))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const rows = await Promise.all(
    statuses.map(async (status) => ({
      ...status,
      lastDay: directClaimsEndDate(
        status.endsOn ? isoDay(status.endsOn) : null,
        status.qualification.certificationEndDate ? isoDay(status.qualification.certificationEndDate) : null,
      ),
      standing: await directClaimsStanding(db, { centreId, qualificationId: status.qualificationId, on: today }),
      events: status.events.map((event) => ({ ...event, recordedBy: nameOf.get(event.recordedById) ?? null })),
    })),
  );
  return { statuses: rows, qualifications, warnings };
}
