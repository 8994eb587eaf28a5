import type { BadgeTone } from "@/components/ui/badge";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import type { circumstanceChangeKinds } from "./schemas";

// How changes of circumstance (ICS A10) read on screen, the same for the person and the body.

type Kind = (typeof circumstanceChangeKinds)[number];

export const circumstanceChangeKindLabels = {
  EMPLOYER: "Employer",
  ROLE: "Job role",
  NAME: "Name",
  CONTACT_DETAILS: "Contact details",
  CEASING_TO_ASSESS: "Ceasing to assess",
} as const satisfies Record<Kind, string>;

export const circumstanceChangeKindOptions = (Object.keys(circumstanceChangeKindLabels) as Kind[]).map((value) => ({
  value,
  label: value === "CEASING_TO_ASSESS" ? "I am ceasing to assess (for a time or for good)" : circumstanceChangeKindLabels[value],
}));

/** Whether the awarding body has acknowledged the change. */
export function acknowledgementStanding(change: { acknowledgedAt: Date | null }): { label: string; tone: BadgeTone } {
  return change.acknowledgedAt ? { label: "Acknowledged", tone: "success" } : { label: "Not yet acknowledged", tone: "warning" };
}

/** The code a person's duty to notify changes answers to, from their own bodies' policies: the Institute's code A10, or none. */
export function circumstanceCode(policies: readonly Pick<AwardingBodyPolicy, "icsLifecycle">[]): string | null {
  return policies.some((policy) => policy.icsLifecycle) ? "ICS code A10" : null;
}
