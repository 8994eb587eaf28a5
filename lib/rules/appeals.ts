// The centre's appeals procedure as a small state machine (issue 10; OCR handbook 5.20.4 and the
// awarding body's "Appeals Process in Vocational Qualifications"): lodged → acknowledged → under
// review → upheld or not upheld, or withdrawn by the candidate while it is open; after the centre's
// decision the candidate may take it to the awarding body, whose outcome closes it. Each step has
// its date: not before the step it follows, not after today. Pure: the caller passes `today`.
import type { IsoDate } from "./dates";
import { accept, refuse, type TransitionResult } from "./state-machine";

export type AppealState = "lodged" | "acknowledged" | "underReview" | "upheld" | "notUpheld" | "withdrawn";

export interface AppealRecord {
  readonly state: AppealState;
  readonly lodgedOn: IsoDate;
  readonly acknowledgedOn: IsoDate | null;
  readonly reviewStartedOn: IsoDate | null;
  readonly decidedOn: IsoDate | null;
  readonly withdrawnOn: IsoDate | null;
  readonly referredOn: IsoDate | null;
  readonly awardingBodyOutcomeOn: IsoDate | null;
}

export type AppealEvent =
  | { readonly kind: "acknowledge"; readonly on: IsoDate }
  | { readonly kind: "startReview"; readonly on: IsoDate }
  | { readonly kind: "decide"; readonly on: IsoDate; readonly upheld: boolean }
  | { readonly kind: "withdraw"; readonly on: IsoDate }
  | { readonly kind: "refer"; readonly on: IsoDate }
  | { readonly kind: "recordAwardingBodyOutcome"; readonly on: IsoDate };

/** States in which the centre has not finished with the appeal. */
export const openAppealStates: readonly AppealState[] = ["lodged", "acknowledged", "underReview"];

const stateNames: Record<AppealState, string> = {
  lodged: "lodged and not yet acknowledged",
  acknowledged: "acknowledged",
  underReview: "under review",
  upheld: "upheld",
  notUpheld: "not upheld",
  withdrawn: "withdrawn",
};

/**
 * Open while the centre has not decided it or had it withdrawn, and while a referral to the
 * awarding body awaits its outcome. An open appeal blocks the unit's claim and the destruction of
 * the candidate's records.
 */
export function isAppealOpen(record: Pick<AppealRecord, "state" | "referredOn" | "awardingBodyOutcomeOn">): boolean {
  if (openAppealStates.includes(record.state)) return true;
  return record.referredOn !== null && record.awardingBodyOutcomeOn === null;
}

/** The date of the step an event follows, with its name for the message. */
function previousStep(record: AppealRecord, event: AppealEvent): { on: IsoDate; name: string } {
  switch (event.kind) {
    case "acknowledge":
    case "withdraw":
      return { on: latestOf(record.lodgedOn, record.acknowledgedOn, record.reviewStartedOn), name: "the appeal's last step" };
    case "startReview":
      return { on: record.acknowledgedOn ?? record.lodgedOn, name: "the acknowledgement" };
    case "decide":
      return { on: record.reviewStartedOn ?? record.lodgedOn, name: "the review started" };
    case "refer":
      return { on: record.decidedOn ?? record.lodgedOn, name: "the centre's decision" };
    case "recordAwardingBodyOutcome":
      return { on: record.referredOn ?? record.lodgedOn, name: "the referral" };
  }
}

function latestOf(first: IsoDate, ...rest: (IsoDate | null)[]): IsoDate {
  return rest.reduce<IsoDate>((latest, day) => (day !== null && day > latest ? day : latest), first);
}

function stateProblem(record: AppealRecord, event: AppealEvent): string | null {
  const state = record.state;
  switch (event.kind) {
    case "acknowledge":
      return state === "lodged" ? null : `The appeal cannot be acknowledged: it is ${stateNames[state]}.`;
    case "startReview":
      return state === "acknowledged"
        ? null
        : state === "lodged"
          ? "Acknowledge the appeal to the candidate before the review starts."
          : `The review cannot start: the appeal is ${stateNames[state]}.`;
    case "decide":
      return state === "underReview"
        ? null
        : openAppealStates.includes(state)
          ? "Start the review before recording the decision."
          : `The appeal is already ${stateNames[state]}.`;
    case "withdraw":
      return openAppealStates.includes(state) ? null : `The appeal cannot be withdrawn: it is already ${stateNames[state]}.`;
    case "refer":
      if (state !== "upheld" && state !== "notUpheld") return "An appeal goes to the awarding body only after the centre has decided it.";
      return record.referredOn === null ? null : "The appeal has already been referred to the awarding body.";
    case "recordAwardingBodyOutcome":
      if (record.referredOn === null) return "The appeal has not been referred to the awarding body.";
      return record.awardingBodyOutcomeOn === null ? null : "The awarding body's outcome has already been recorded.";
  }
}

/** Applies one step of the procedure, or refuses with every reason (the state, then the date). */
export function applyAppealEvent(record: AppealRecord, event: AppealEvent, today: IsoDate): TransitionResult<AppealRecord> {
  const reasons: string[] = [];
  const problem = stateProblem(record, event);
  if (problem) return refuse([problem]);
  const previous = previousStep(record, event);
  if (event.on < previous.on) reasons.push(`The date cannot be before ${previous.name} (${previous.on}).`);
  if (event.on > today) reasons.push("The date cannot be in the future.");
  if (reasons.length > 0) return refuse(reasons);
  switch (event.kind) {
    case "acknowledge":
      return accept({ ...record, state: "acknowledged", acknowledgedOn: event.on });
    case "startReview":
      return accept({ ...record, state: "underReview", reviewStartedOn: event.on });
    case "decide":
      return accept({ ...record, state: event.upheld ? "upheld" : "notUpheld", decidedOn: event.on });
    case "withdraw":
      return accept({ ...record, state: "withdrawn", withdrawnOn: event.on });
    case "refer":
      return accept({ ...record, referredOn: event.on });
    case "recordAwardingBodyOutcome":
      return accept({ ...record, awardingBodyOutcomeOn: event.on });
  }
}

/** The steps the centre may take next, for the page's forms. */
export function nextAppealSteps(record: AppealRecord): AppealEvent["kind"][] {
  const kinds: AppealEvent["kind"][] = ["acknowledge", "startReview", "decide", "withdraw", "refer", "recordAwardingBodyOutcome"];
  return kinds.filter((kind) => stateProblem(record, { kind, on: record.lodgedOn, upheld: false } as AppealEvent) === null);
}
