// The shape shared by the approval lifecycles: applying an event either gives the new record or
// refuses with every reason, so that a page can show why a button did nothing.

export type TransitionResult<R> = { readonly ok: true; readonly record: R } | { readonly ok: false; readonly reasons: string[] };

/**
 * "judge": a new event, checked against every guard. "replay": an event already accepted and
 * stored, applied again to rebuild the record. Accepted history is not re-judged: guards on dates
 * and on the body's policy numbers are skipped, so a policy edit never strands an approval.
 */
export type LifecycleMode = "judge" | "replay";

export function accept<R>(record: R): TransitionResult<R> {
  return { ok: true, record };
}

export function refuse<R>(reasons: readonly string[]): TransitionResult<R> {
  return { ok: false, reasons: [...reasons] };
}

/** Refuses unless the record is in one of `states`; otherwise runs `guarded`. */
export function fromStates<R extends { readonly state: string }>(
  record: R,
  states: readonly NoInfer<R["state"]>[],
  eventName: string,
  guarded: () => TransitionResult<R>,
): TransitionResult<R> {
  if (!states.includes(record.state)) return refuse([`Cannot ${eventName} while the assessor is ${describeState(record.state)}.`]);
  return guarded();
}

/** State names are camelCase words ("supportingReview" → "supporting review"), so they read as English. */
function describeState(state: string): string {
  return state.replace(/([A-Z])/g, " $1").toLowerCase();
}
