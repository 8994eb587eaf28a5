import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { appUrl } from "@/lib/email/app-url";
import { sendAfterCommit, type EmailDelivery } from "@/lib/email/send-after-commit";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { addYears } from "@/lib/rules/dates";
import { maximumDueYears } from "@/lib/rules/record-dates";
import { actionPointEmail } from "./action-point-email";
import type { ActionPointSummary } from "./audit-summaries";
import { actionPointKindLabels } from "./labels";
import { dayOf, type VisitForChange } from "./load-visit";
import { actionPointOwnerWhere } from "./owners";
import type { actionPointSchema } from "./schemas";
import type { z } from "zod";

// Setting action points and recommendations from an EV's report: each has an owner on the centre's
// staff and a due date from the visit to two years after it; each owner is emailed once it is saved.

type ActionPoint = z.output<typeof actionPointSchema>;

/**
 * Checks every point (owner on the centre's staff, due date from the visit day) and creates them;
 * an error names the field of the point it is about (`${prefix}${index}.dueOn`, or `dueOn` alone).
 */
export async function createActionPoints(
  tx: Prisma.TransactionClient,
  access: CentreAccess,
  visit: VisitForChange,
  points: ActionPoint[],
  options: { fieldPrefix: (index: number) => string; afterCommit: (work: () => Promise<unknown>) => void },
): Promise<{ summaries: ActionPointSummary[]; emailDeliveries: EmailDelivery[] }> {
  const centreId = access.workspace.centreId;
  const ownerIds = [...new Set(points.map((point) => point.ownerUserId))];
  const owners = await tx.user.findMany({
    where: { id: { in: ownerIds }, ...actionPointOwnerWhere(centreId) },
    select: { id: true, name: true, email: true },
  });
  const ownerOf = new Map(owners.map((owner) => [owner.id, owner]));
  const visitOn = isoDay(visit.visitOn);
  const latest = addYears(visitOn, maximumDueYears);
  const fieldErrors: Record<string, string[]> = {};
  points.forEach((point, index) => {
    const field = options.fieldPrefix(index);
    if (!ownerOf.has(point.ownerUserId)) fieldErrors[`${field}ownerUserId`] = ["Choose a member of the centre's staff."];
    if (point.dueOn < visitOn) fieldErrors[`${field}dueOn`] = ["It cannot be due before the visit."];
    else if (point.dueOn > latest) fieldErrors[`${field}dueOn`] = [`It must be due within ${maximumDueYears} years of the visit.`];
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", Object.values(fieldErrors)[0]![0], fieldErrors);

  const summaries: ActionPointSummary[] = [];
  const emailDeliveries: EmailDelivery[] = [];
  for (const point of points) {
    const owner = ownerOf.get(point.ownerUserId)!;
    await tx.visitActionPoint.create({
      data: {
        centreId,
        visitId: visit.id,
        kind: point.kind,
        description: point.description,
        ownerUserId: owner.id,
        dueOn: dayOf(point.dueOn),
        createdById: access.userId,
      },
    });
    summaries.push({ kind: actionPointKindLabels[point.kind], description: point.description, owner: owner.name, dueOn: point.dueOn });
    emailDeliveries.push(
      sendAfterCommit(options.afterCommit, {
        to: owner.email,
        ...actionPointEmail({
          ownerName: owner.name,
          centreName: access.workspace.name,
          kindLabel: actionPointKindLabels[point.kind],
          description: point.description,
          dueOn: dayOf(point.dueOn),
          visitOn: visit.visitOn,
          externalVerifierName: visit.externalVerifierName,
          setBy: access.userName,
          link: appUrl(`/visits/${visit.id}`),
        }),
      }),
    );
  }
  return { summaries, emailDeliveries };
}
