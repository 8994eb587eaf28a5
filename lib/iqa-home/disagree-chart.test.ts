import { describe, expect, it } from "vitest";
import { summarise } from "@/components/charts/series-chart-data";
import { disagreeRates } from "@/lib/rules/iqa-sampling";
import { disagreeRateChart, lastFourQuarters } from "./disagree-chart";

describe("the IQA home's disagree-rate chart", () => {
  it("covers the four quarters up to today's", () => {
    expect(lastFourQuarters("2026-11-22")).toEqual({ from: "2026-01-01", to: "2026-11-22" });
    expect(lastFourQuarters("2026-02-01")).toEqual({ from: "2025-04-01", to: "2026-02-01" });
    expect(lastFourQuarters("2026-12-31")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("draws the most disagreed-with assessor first, each quarter as a percentage with its counts, a quarter with no sample as a gap", () => {
    const range = lastFourQuarters("2026-11-22");
    const rates = disagreeRates(
      [
        { assessorId: "hannah", sampledOn: "2026-02-10", outcome: "agree" },
        { assessorId: "hannah", sampledOn: "2026-08-10", outcome: "agreeWithAction" },
        { assessorId: "daniel", sampledOn: "2026-05-01", outcome: "disagree" },
        { assessorId: "daniel", sampledOn: "2026-05-02", outcome: "agree" },
        { assessorId: "daniel", sampledOn: "2026-06-30", outcome: "agree" },
        { assessorId: "daniel", sampledOn: "2026-10-01", outcome: "disagree" },
        { assessorId: "gone", sampledOn: "2026-10-01", outcome: "agree" },
      ],
      range,
    );
    const chart = disagreeRateChart(
      rates,
      new Map([
        ["hannah", "Hannah Lewis"],
        ["daniel", "Daniel Hughes"],
      ]),
    );
    expect(chart.periods).toEqual(["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]);
    expect(chart.series.map((s) => s.name)).toEqual(["Daniel Hughes", "Former staff member", "Hannah Lewis"]);
    expect(chart.series[0]!.points).toEqual([
      { value: null, text: "none sampled" },
      { value: 33.3, text: "33.3% (1 of 3)" },
      { value: null, text: "none sampled" },
      { value: 100, text: "100% (1 of 1)" },
    ]);
    expect(chart.series[2]!.points.map((p) => p.text)).toEqual(["0% (0 of 1)", "none sampled", "0% (0 of 1)", "none sampled"]);
    expect(summarise(chart)).toContain("Daniel Hughes: latest 100% (1 of 1) in 2026 Q4");
  });
});
