import { coverageDimensionLabels, riskLevelLabels } from "@/lib/sampling/labels";
import type { SamplingStrategyNumbers } from "@/lib/sampling/strategy";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A strategy's numbers as a description list: the read-only view, and the summary on the list. */
export function StrategySummary({ strategy }: { strategy: SamplingStrategyNumbers }) {
  const rows: [string, string][] = [
    [riskLevelLabels.NEW, `${strategy.rateNewPercent}%`],
    [riskLevelLabels.UNQUALIFIED, `${strategy.rateUnqualifiedPercent}%`],
    [riskLevelLabels.HIGH, `${strategy.rateHighPercent}%`],
    [riskLevelLabels.MEDIUM, `${strategy.rateMediumPercent}%`],
    [riskLevelLabels.LOW, `${strategy.rateLowPercent}%`],
    ["Minimum per assessor", plural(strategy.minimumPerAssessor, "decision")],
    ["Interim share of the sample", `at least ${strategy.interimPercent}%`],
    [
      "The sample must cover",
      strategy.mustCover.map((dimension) => coverageDimensionLabels[dimension].replace(/^Every /, "every ")).join("; "),
    ],
    ["Both stages per assessor", strategy.bothStagesPerAssessor ? "Yes" : "No"],
    ["Plan period", plural(strategy.planPeriodMonths, "month")],
    ["Standardisation", `every ${plural(strategy.standardisationIntervalMonths, "month")}`],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-ink">{term}</dt>
          <dd className="mb-2 break-words text-ink sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
