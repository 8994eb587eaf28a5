import { describe, expect, it } from "vitest";
import { axisMaximum, hasValues, seriesStyle, seriesStyles, summarise, toChartRows, type SeriesChartData } from "./series-chart-data";

const point = (value: number | null) => ({ value, text: value === null ? "none" : `${value}%` });

const data: SeriesChartData = {
  title: "Disagree rate per quarter",
  kind: "line",
  periodLabel: "Quarter",
  valueLabel: "Disagree rate",
  unit: "%",
  maxValue: 100,
  seriesNoun: { one: "assessor", many: "assessors" },
  periods: ["2026 Q1", "2026 Q2", "2026 Q3"],
  series: [
    { id: "a", name: "Daniel Hughes", points: [point(50), point(null), point(20)] },
    { id: "b", name: "Hannah Lewis", points: [point(0), point(10), point(10)] },
    { id: "c", name: "Sam Okafor", points: [point(null), point(null), point(null)] },
  ],
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("series chart data", () => {
  it("turns series into one row per period, a series' missing value staying null (a gap, not a zero)", () => {
    expect(toChartRows(data)).toEqual([
      { period: "2026 Q1", s0: 50, s1: 0, s2: null },
      { period: "2026 Q2", s0: null, s1: 10, s2: null },
      { period: "2026 Q3", s0: 20, s1: 10, s2: null },
    ]);
  });

  it("says in words what the chart shows: per series its highest and latest values, or none", () => {
    expect(summarise(data)).toBe(
      "Disagree rate per quarter, 2026 Q1 to 2026 Q3 (3 assessors). Daniel Hughes: highest 50% in 2026 Q1, latest 20% in 2026 Q3; " +
        "Hannah Lewis: latest 10% in 2026 Q3; Sam Okafor: none.",
    );
    expect(summarise({ ...data, series: [] })).toBe("Disagree rate per quarter: nothing to show yet.");
    expect(summarise({ ...data, series: [data.series[2]!] })).toBe("Disagree rate per quarter: nothing to show yet.");
    expect(hasValues(data)).toBe(true);
  });

  it("uses the chart's own words when the x axis is categories, not time", () => {
    expect(summarise({ ...data, summary: "Assessors by status: 3 single sign-off, 1 withdrawn." })).toBe(
      "Assessors by status: 3 single sign-off, 1 withdrawn.",
    );
    expect(summarise({ ...data, series: [], summary: "Never used without values." })).toBe(
      "Disagree rate per quarter: nothing to show yet.",
    );
  });

  it("runs the axis to the maximum given, or to a tidy number above the largest value", () => {
    expect(axisMaximum(data)).toBe(100);
    const plain = { ...data, maxValue: undefined };
    expect(axisMaximum(plain)).toBe(50);
    expect(axisMaximum({ ...plain, series: [{ id: "x", name: "X", points: [point(7)] }] })).toBe(10);
    expect(axisMaximum({ ...plain, series: [{ id: "x", name: "X", points: [point(130)] }] })).toBe(200);
    expect(axisMaximum({ ...plain, series: [] })).toBe(1);
  });

  it("draws every series in a colour of at least 3:1 on the white card, each with its own dash, marker and hatch", () => {
    for (const style of seriesStyles) expect(contrastWithWhite(style.colour), style.colour).toBeGreaterThanOrEqual(3);
    expect(new Set(seriesStyles.map((s) => s.dash)).size).toBe(seriesStyles.length);
    expect(new Set(seriesStyles.map((s) => s.marker)).size).toBe(seriesStyles.length);
    expect(new Set(seriesStyles.map((s) => s.hatch)).size).toBe(seriesStyles.length);
    expect(seriesStyle(seriesStyles.length)).toBe(seriesStyles[0]);
  });
});
