// What the candidate registration actions' audit entries record (never a secret or a token).

type Facts = Record<string, string | number | boolean | string[] | null>;

export type CandidateRegisteredSummary = {
  after: { name: string; email: string; qualification: string; entryType: string; entryUnitIds: string[]; status: "ACTIVE" };
  /** Who was allocated (user ids), if anyone yet. */
  allocated: { assessorUserId: string | null; iqaUserId: string | null };
  /** The rule's warnings at registration (a missing ULN, no initial assessment). */
  warnings: string[];
};

/** The fields an edit changed, before and after. */
export type CandidateChangeSummary = { candidate: string; before: Facts; after: Facts };

/** Only the fields whose value differs, so the history reads what was changed. */
export function changedFields(before: Facts, after: Facts): { before: Facts; after: Facts } {
  const changed = Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
