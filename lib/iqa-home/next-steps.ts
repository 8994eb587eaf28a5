import type { NextStep } from "@/lib/home/queries";
import { displayDay } from "@/lib/format/dates";
import type { IqaHome } from "./queries";

// The IQA's entries in the home page's "What to do next", from what the IQA home already read.

const period = (from: Date, to: Date) => `${displayDay(from)} to ${displayDay(to)}`;

export function iqaNextSteps(home: Pick<IqaHome, "awaiting" | "plans" | "drafts" | "standardisation">): NextStep[] {
  const steps: NextStep[] = [];
  for (const draft of home.drafts) {
    steps.push({
      text: `Record your sampling plan for ${draft.qualificationTitle} (${period(draft.periodFrom, draft.periodTo)}): it is still a draft.`,
      href: draft.href,
      tone: "warning",
    });
  }
  if (home.plans.length === 0 && home.drafts.length === 0) {
    steps.push({ text: "Propose a sampling plan: you have no current one.", href: "/sampling", tone: "warning" });
  }
  const first = home.awaiting.items[0];
  if (first) {
    steps.push({
      text: `${home.awaiting.total} ${home.awaiting.total === 1 ? "decision awaits" : "decisions await"} your sampling.`,
      href: first.href,
      tone: "warning",
    });
  }
  for (const row of home.standardisation) {
    if (!row.due) continue;
    steps.push({
      text: row.dueOn
        ? `Standardisation for ${row.qualification.title} has been due since ${displayDay(new Date(`${row.dueOn}T00:00:00Z`))}.`
        : `Standardisation for ${row.qualification.title} has never been held: it is due now.`,
      href: "/standardisation",
      tone: "warning",
    });
  }
  return steps;
}
