import { isoDay } from "@/lib/format/dates";
import type { AssessmentMethodName } from "./labels";

// What the candidate confirms: the plan exactly as shown, kept as a numbered RecordVersion
// (lib/signatures). Units are named as well as referenced, so an old version reads the same
// later. Dates are calendar days, "" when not set.

export type PlanContent = {
  title: string;
  activities: string;
  methods: AssessmentMethodName[];
  evidenceSources: string;
  units: { id: string; urn: string; title: string }[];
  plannedOn: string;
  reviewOn: string;
  place: string;
  peopleInvolved: string;
};

export function planContent(
  plan: {
    title: string;
    activities: string;
    methods: readonly AssessmentMethodName[];
    evidenceSources: string;
    unitIds: readonly string[];
    plannedOn: Date | null;
    reviewOn: Date | null;
    place: string | null;
    peopleInvolved: string | null;
  },
  units: readonly { id: string; urn: string; title: string }[],
): PlanContent {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return {
    title: plan.title,
    activities: plan.activities,
    methods: [...plan.methods],
    evidenceSources: plan.evidenceSources,
    units: plan.unitIds.flatMap((id) => {
      const unit = byId.get(id);
      return unit ? [{ id: unit.id, urn: unit.urn, title: unit.title }] : [];
    }),
    plannedOn: isoDay(plan.plannedOn),
    reviewOn: isoDay(plan.reviewOn),
    place: plan.place ?? "",
    peopleInvolved: plan.peopleInvolved ?? "",
  };
}

/** A stored version's content read back (older versions are shown as they were signed). */
export function readPlanContent(content: unknown): PlanContent | null {
  if (content === null || typeof content !== "object") return null;
  const value = content as Partial<PlanContent>;
  if (typeof value.title !== "string" || !Array.isArray(value.units) || !Array.isArray(value.methods)) return null;
  return value as PlanContent;
}
