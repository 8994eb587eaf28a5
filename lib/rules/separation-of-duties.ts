// Separation of duties: nobody vouches for their own record. An awarding body's member of staff
// who is also one of that body's assessors (common at a small body whose staff assess) must not
// decide, clear or acknowledge anything about themselves: another member of staff does it.
// Pure: the caller turns a refusal into a FORBIDDEN error.

/** What about a person the awarding body's staff act on. */
export type OwnCaseMatter = "approval" | "supportingReview" | "qaRequest" | "circumstanceChange";

/** True when the person acting is the person the record is about. */
export function actingOnOwnCase(actorUserId: string, subjectUserId: string): boolean {
  return actorUserId === subjectUserId;
}

const ownCaseTasks: Record<OwnCaseMatter, string> = {
  approval: "record changes to your own approval",
  supportingReview: "record breaches, correspondence and outcomes in your own supporting review",
  qaRequest: "send, complete or cancel quality-assurance requests made of you",
  circumstanceChange: "acknowledge your own change of circumstance",
};

/**
 * Why the actor may not act, or null when they may: "Another member of <body>'s staff must …".
 * `bodyName` is the acting awarding body's name.
 */
export function ownCaseRefusal(actorUserId: string, subjectUserId: string, matter: OwnCaseMatter, bodyName: string): string | null {
  if (!actingOnOwnCase(actorUserId, subjectUserId)) return null;
  return `Another member of ${bodyName}'s staff must ${ownCaseTasks[matter]}.`;
}
