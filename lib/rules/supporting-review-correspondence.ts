// ICS "Breach": an assessor who "fails to respond to Institute correspondence relating to such a
// breach" may have their approval withdrawn. A supporting review's correspondence is dated; this
// rule says when a letter to the assessor counts as unanswered: its response was due before the
// as-of day and nothing came back from the assessor on or after the day it was sent.
import type { IsoDate } from "./dates";

export type CorrespondenceDirection = "toAssessor" | "fromAssessor";

export interface ReviewLetter {
  readonly direction: CorrespondenceDirection;
  readonly sentOn: IsoDate;
  /** For a letter to the assessor: when the reply is due. */
  readonly responseDueOn: IsoDate | null;
}

export interface UnansweredLetter {
  readonly sentOn: IsoDate;
  readonly responseDueOn: IsoDate;
}

/** The earliest letter to the assessor whose response date has passed with no reply after it, or null. */
export function unansweredLetter(letters: readonly ReviewLetter[], asOf: IsoDate): UnansweredLetter | null {
  const replies = letters.filter((letter) => letter.direction === "fromAssessor").map((letter) => letter.sentOn);
  const unanswered = letters
    .filter(
      (letter): letter is ReviewLetter & { responseDueOn: IsoDate } =>
        letter.direction === "toAssessor" &&
        letter.responseDueOn !== null &&
        letter.responseDueOn < asOf &&
        !replies.some((repliedOn) => repliedOn >= letter.sentOn),
    )
    .sort((a, b) => (a.responseDueOn < b.responseDueOn ? -1 : a.responseDueOn > b.responseDueOn ? 1 : 0));
  const first = unanswered[0];
  return first ? { sentOn: first.sentOn, responseDueOn: first.responseDueOn } : null;
}

/** Why "no response" cannot be recorded yet, or null when it can. */
export function noResponseRefusal(letters: readonly ReviewLetter[], asOf: IsoDate): string | null {
  if (unansweredLetter(letters, asOf) !== null) return null;
  const toAssessor = letters.filter((letter) => letter.direction === "toAssessor" && letter.responseDueOn !== null);
  if (toAssessor.length === 0) {
    return "No response can be recorded until a letter to the assessor with a response due date is recorded.";
  }
  const waiting = toAssessor.filter((letter) => letter.responseDueOn! >= asOf);
  if (waiting.length > 0 && waiting.length === toAssessor.length) {
    const latestDue = waiting.map((letter) => letter.responseDueOn!).sort()[waiting.length - 1];
    return `The assessor's response is not yet overdue: it is due by ${latestDue}.`;
  }
  return "The assessor has replied to every letter whose response date has passed.";
}
