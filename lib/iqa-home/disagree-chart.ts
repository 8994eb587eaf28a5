import type { SeriesChartData } from "@/components/charts/series-chart-data";
import { addMonths, type IsoDate } from "@/lib/rules/dates";
import type { DisagreeRates } from "@/lib/rules/iqa-sampling";

// Each assessor's disagree rate per quarter (lib/rules/iqa-sampling.ts disagreeRates) as the IQA
// home's chart and table: pure, so the words and numbers are tested without a database.

/** The four calendar quarters up to and including today's: from the first day of the earliest. */
export function lastFourQuarters(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
  return { from: addMonths(quarterStart, -9), to: today };
}

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/**
 * The chart of disagree rates: one series per assessor, the most disagreed-with over the whole
 * range first (so that the chart, which draws the first few, draws those needing attention), then
 * by name. Each value is a percentage; the table's text gives the counts behind it.
 */
export function disagreeRateChart(rates: DisagreeRates, names: ReadonlyMap<string, string>): SeriesChartData {
  const totals = rates.rows.map((row) => {
    const sampled = row.byPeriod.reduce((sum, cell) => sum + cell.sampled, 0);
    const disagreed = row.byPeriod.reduce((sum, cell) => sum + cell.disagreed, 0);
    return { row, name: names.get(row.assessorId) ?? "Former staff member", rate: sampled === 0 ? 0 : disagreed / sampled };
  });
  totals.sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, "en-GB"));
  return {
    title: "Disagree rate per quarter",
    kind: "line",
    periodLabel: "Quarter",
    valueLabel: "Disagree rate",
    unit: "%",
    maxValue: 100,
    seriesNoun: { one: "assessor", many: "assessors" },
    periods: rates.periods,
    series: totals.map(({ row, name }) => ({
      id: row.assessorId,
      name,
      points: row.byPeriod.map((cell) =>
        cell.rate === null
          ? { value: null, text: "none sampled" }
          : { value: percent(cell.rate), text: `${percent(cell.rate)}% (${cell.disagreed} of ${cell.sampled})` },
      ),
    })),
  };
}
