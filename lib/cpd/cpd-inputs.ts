import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicies } from "@/lib/policies/awarding-body-policy";
import { assessorRecordScope, noRecordMessage } from "@/lib/professional-record/scope";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import { cpdFutureMessage, parseHours } from "./schemas";

// What the CPD actions share: the person's awarding bodies with their policies, the mandatory
// events those policies name (the only ones an entry may say it was), and the checks against the
// action's own clock.

type Db = PrismaClient | Prisma.TransactionClient;

export type MandatoryEventChoice = { kind: string; name: string; creditedHours: number; bodies: string[] };

/** The mandatory events of the bodies' CPD policies, once each (ICS forum, Naace annual event). */
export function mandatoryEventChoices(bodies: readonly { name: string; policy: AwardingBodyPolicy }[]): MandatoryEventChoice[] {
  const choices = new Map<string, MandatoryEventChoice>();
  for (const body of bodies) {
    const event = body.policy.cpd?.mandatoryEvent;
    if (!event) continue;
    const existing = choices.get(event.kind);
    if (existing) existing.bodies.push(body.name);
    else choices.set(event.kind, { kind: event.kind, name: event.name, creditedHours: event.creditedHours, bodies: [body.name] });
  }
  return [...choices.values()];
}

/** The person's record bodies with their policies; refuses someone who keeps no record. */
export async function recordBodiesWithPolicies(db: Db, access: AccessContext) {
  const scope = await assessorRecordScope(db, access);
  if (!scope.keepsRecord) throw new AppError("FORBIDDEN", noRecordMessage);
  const policies = await awardingBodyPolicies(
    db,
    scope.bodies.map((body) => body.id),
  );
  return scope.bodies.flatMap((body) => {
    const policy = policies.get(body.id);
    return policy ? [{ ...body, policy }] : [];
  });
}

/** The entry's fields as stored, checked against the action's clock and the person's bodies' events. */
export async function cpdEntryData(
  db: Db,
  access: AccessContext,
  input: {
    activityOn: string;
    hours: string;
    category: "ASSESSOR_SKILLS" | "OCCUPATIONAL_KNOWLEDGE";
    description: string;
    mandatoryEvent: string;
  },
  now: Date,
) {
  const bodies = await recordBodiesWithPolicies(db, access);
  const future = happenedOnProblem(input.activityOn, isoDay(new Date(now.getTime() + 86_400_000)), cpdFutureMessage);
  if (future) throw new AppError("INVALID_INPUT", future, { activityOn: [future] });
  if (input.mandatoryEvent !== "" && !mandatoryEventChoices(bodies).some((choice) => choice.kind === input.mandatoryEvent)) {
    const message = "Choose one of the events your awarding bodies require, or none.";
    throw new AppError("INVALID_INPUT", message, { mandatoryEvent: [message] });
  }
  return {
    activityOn: new Date(`${input.activityOn}T00:00:00Z`),
    hours: parseHours(input.hours),
    category: input.category,
    description: input.description,
    mandatoryEvent: input.mandatoryEvent === "" ? null : input.mandatoryEvent,
  };
}

/** An entry as its audit summary shows it. */
export function cpdEntrySummary(row: {
  activityOn: Date;
  hours: Prisma.Decimal | number | null;
  category: string;
  description: string;
  mandatoryEvent: string | null;
}) {
  return {
    activityOn: isoDay(row.activityOn),
    hours: row.hours === null ? null : Number(row.hours),
    category: row.category,
    description: row.description,
    mandatoryEvent: row.mandatoryEvent,
  };
}
export type CpdEntrySummary = ReturnType<typeof cpdEntrySummary>;
