import type { CaseloadTotals } from "@/lib/caseload/queries";

/** The caseload's totals as a short list of figures (the caseload page and the home page). */
export function CaseloadCounts({ totals, countersignaturesAsked }: { totals: CaseloadTotals; countersignaturesAsked: number }) {
  const figures = [
    { label: totals.candidates === 1 ? "candidate" : "candidates", value: totals.candidates },
    { label: "need you now", value: totals.needingMe },
    { label: "evidence to judge", value: totals.evidenceAwaitingJudgement },
    { label: "feedback to give", value: totals.feedbackOwed },
    { label: "units ready to sign off", value: totals.unitsReadyToSign },
    { label: "units reopened by the IQA", value: totals.unitsReopened },
    { label: "replies to read", value: totals.repliesToRead },
    { label: "plans waiting for candidates", value: totals.plansAwaitingCandidate },
    { label: "countersignatures asked of you", value: countersignaturesAsked },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.label} className="flex flex-col-reverse rounded-md bg-subtle p-3">
          <dt className="text-sm text-ink-muted">{figure.label}</dt>
          <dd className="text-2xl font-bold text-ink">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
