import type { Prisma } from "@/lib/db/client";
import {
  applyIcsEvent,
  newIcsApproval,
  type IcsApprovalEvent,
  type IcsAssessorApproval,
  type IcsLifecyclePolicy,
} from "@/lib/rules/approval-lifecycle-ics";
import {
  applyNaaceEvent,
  newNaaceAssessor,
  type NaaceAssessorEvent,
  type NaaceAssessorRecord,
  type NaaceLifecyclePolicy,
} from "@/lib/rules/approval-lifecycle-naace";
import type { TransitionResult } from "@/lib/rules/state-machine";

// A demo approval is built by applying each of its events with the lifecycle rule, exactly as a
// staff member's transitions are: an event the rule refuses stops the seed, and the stored state
// is the rule's, so replaying the events always gives it back.

type Tx = Prisma.TransactionClient;

export type SeedStep<E> = {
  event: E;
  /** Why, in the staff member's words. */
  reason: string;
  evidence?: string;
  /** Naace: the school of a moderation or school assessment. */
  schoolId?: string;
};

/** The steps in date order (same-day steps keep their order), as the events' sequence numbers follow. */
function inDateOrder<E extends { on: string }>(steps: readonly SeedStep<E>[]): SeedStep<E>[] {
  return [...steps].sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : 0));
}

function replay<R, E extends { type: string; on: string }>(
  start: R,
  steps: readonly SeedStep<E>[],
  apply: (record: R, event: E) => TransitionResult<R>,
): R {
  let record = start;
  for (const step of inDateOrder(steps)) {
    const result = apply(record, step.event);
    if (!result.ok) throw new Error(`Demo approval event ${step.event.type} on ${step.event.on} refused: ${result.reasons.join(" ")}`);
    record = result.record;
  }
  return record;
}

export function replayIcs(steps: readonly SeedStep<IcsApprovalEvent>[], policy: IcsLifecyclePolicy): IcsAssessorApproval {
  return replay(newIcsApproval(), steps, (record, event) => applyIcsEvent(record, event, policy));
}

export function replayNaace(steps: readonly SeedStep<NaaceAssessorEvent>[], policy: NaaceLifecyclePolicy): NaaceAssessorRecord {
  return replay(newNaaceAssessor(), steps, (record, event) => applyNaaceEvent(record, event, policy));
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeApproval<E extends { type: string; on: string }>(
  tx: Tx,
  input: {
    awardingBodyId: string;
    userId: string;
    recordedById: string;
    scheme: "ICS" | "NAACE";
    state: string;
    approvedOn: string | null;
    organisation?: string;
    feesPaidUntil?: string;
    steps: readonly SeedStep<E>[];
  },
) {
  return tx.assessorApproval.create({
    data: {
      awardingBodyId: input.awardingBodyId,
      userId: input.userId,
      scheme: input.scheme,
      state: input.state,
      organisation: input.organisation ?? null,
      approvedOn: input.approvedOn ? asDate(input.approvedOn) : null,
      feesPaidUntil: input.feesPaidUntil ? asDate(input.feesPaidUntil) : null,
      createdAt: asDate(input.steps[0]?.event.on ?? "2020-01-01"),
      events: {
        create: inDateOrder(input.steps).map((step, index) => ({
          awardingBodyId: input.awardingBodyId,
          sequence: index + 1,
          type: step.event.type,
          event: step.event as unknown as Prisma.InputJsonObject,
          occurredOn: asDate(step.event.on),
          reason: step.reason,
          evidence: step.evidence ?? null,
          schoolId: step.schoolId ?? null,
          recordedById: input.recordedById,
          recordedAt: new Date(`${step.event.on}T15:00:00Z`),
        })),
      },
    },
  });
}

/** An Institute approval whose state is the rule's replay of `steps`; approvedOn is single sign-off (the CPD year's start). */
export async function createIcsApproval(
  tx: Tx,
  input: {
    awardingBodyId: string;
    userId: string;
    recordedById: string;
    policy: IcsLifecyclePolicy;
    steps: readonly SeedStep<IcsApprovalEvent>[];
  },
) {
  const record = replayIcs(input.steps, input.policy);
  const approval = await writeApproval(tx, { ...input, scheme: "ICS", state: record.state, approvedOn: record.singleSignOffOn });
  return { approval, record };
}

/** A Naace approval whose state is the rule's replay of `steps`; approvedOn is registration, feesPaidUntil the rule's. */
export async function createNaaceApproval(
  tx: Tx,
  input: {
    awardingBodyId: string;
    userId: string;
    recordedById: string;
    policy: NaaceLifecyclePolicy;
    organisation: string;
    steps: readonly SeedStep<NaaceAssessorEvent>[];
  },
) {
  const record = replayNaace(input.steps, input.policy);
  const approval = await writeApproval(tx, {
    ...input,
    scheme: "NAACE",
    state: record.state,
    approvedOn: record.registeredOn,
    feesPaidUntil: record.feesPaidUntil ?? undefined,
  });
  return { approval, record };
}
