// "A value per period per series" (e.g. each assessor's disagree rate per quarter), as the chart
// draws it and as the table beside it lists it. Pure: no React, no DOM, so the same numbers feed
// the chart, the table and the text summary, and are tested without a browser.

/** One series' value in one period. `text` is what the table and the tooltip show ("33% (1 of 3)"). */
export type ChartPoint = { value: number | null; text: string };

export type ChartSeries = { id: string; name: string; points: ChartPoint[] };

export type SeriesChartData = {
  /** Names the figure; the table's caption repeats it. */
  title: string;
  kind: "line" | "bar";
  /** The first column's header and the x axis: "Quarter". */
  periodLabel: string;
  /** The y axis: "Disagree rate". */
  valueLabel: string;
  /** Appended to axis ticks ("%"); empty for plain numbers. */
  unit: string;
  /** The axis runs from 0 to this (the largest value when absent). */
  maxValue?: number;
  periods: string[];
  /** What a series is, for the summary: { one: "assessor", many: "assessors" }. */
  seriesNoun: { one: string; many: string };
  /** Each series has one point per period, in the periods' order. */
  series: ChartSeries[];
  /**
   * The chart in words, when the x axis is not time (counts per category, e.g. assessors by
   * status); otherwise summarise() writes it from the series over the periods.
   */
  summary?: string;
};

/**
 * How each series is drawn, so that no series depends on colour alone (WCAG 1.4.1): a colour of at
 * least 3:1 against the white card (1.4.11, checked in series-chart-data.test.ts), a dash pattern
 * for its line, a marker shape for its points and a hatch for its bars. The legend shows all three.
 */
export type SeriesStyle = {
  colour: string;
  /** SVG stroke-dasharray; "" for a solid line. */
  dash: string;
  marker: "circle" | "square" | "triangle" | "diamond" | "cross" | "star";
  /** Hatch angle in degrees for bars; null: solid. */
  hatch: number | null;
};

export const seriesStyles: readonly SeriesStyle[] = [
  { colour: "#0f766e", dash: "", marker: "circle", hatch: null }, // teal 700 (the brand)
  { colour: "#3730a3", dash: "8 4", marker: "square", hatch: 45 }, // indigo 800
  { colour: "#b45309", dash: "2 3", marker: "triangle", hatch: 135 }, // amber 700
  { colour: "#be123c", dash: "12 4 2 4", marker: "diamond", hatch: 0 }, // rose 700
  { colour: "#334155", dash: "4 2", marker: "cross", hatch: 90 }, // slate 700
  { colour: "#7e22ce", dash: "1 4", marker: "star", hatch: 60 }, // purple 700
];

/** The style of the series at `index`; after six, styles repeat (the table still names every series). */
export function seriesStyle(index: number): SeriesStyle {
  return seriesStyles[index % seriesStyles.length]!;
}

/** The key a series' values sit under in a chart row: stable and never clashing with "period". */
export const seriesKey = (index: number) => `s${index}`;

export type ChartRow = { period: string } & Record<string, string | number | null>;

/** One row per period with each series' value under seriesKey(i): the shape recharts draws from. */
export function toChartRows(data: SeriesChartData): ChartRow[] {
  return data.periods.map((period, p) => {
    const row: ChartRow = { period };
    data.series.forEach((series, s) => {
      row[seriesKey(s)] = series.points[p]?.value ?? null;
    });
    return row;
  });
}

/** The axis maximum: the data's own, or the largest value rounded up to a tidy number (at least 1). */
export function axisMaximum(data: SeriesChartData): number {
  if (data.maxValue !== undefined) return data.maxValue;
  const largest = Math.max(0, ...data.series.flatMap((series) => series.points.map((point) => point.value ?? 0)));
  if (largest <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].find((m) => largest <= m * magnitude)!;
  return step * magnitude;
}

/** Whether there is anything to draw: at least one value in some period. */
export function hasValues(data: SeriesChartData): boolean {
  return data.series.some((series) => series.points.some((point) => point.value !== null));
}

/**
 * The chart in words, for everyone who cannot see it or would rather read: what it covers, and per
 * series its highest and its latest value. The table beside it has every number.
 */
export function summarise(data: SeriesChartData): string {
  if (data.summary && hasValues(data)) return data.summary;
  const first = data.periods[0];
  const last = data.periods[data.periods.length - 1];
  if (!first || !last || data.series.length === 0 || !hasValues(data)) return `${data.title}: nothing to show yet.`;
  const span = first === last ? first : `${first} to ${last}`;
  const parts = data.series.map((series) => {
    const shown = series.points.map((point, p) => ({ point, period: data.periods[p]! })).filter(({ point }) => point.value !== null);
    const latest = shown[shown.length - 1];
    if (!latest) return `${series.name}: none`;
    const highest = shown.reduce((best, entry) => (entry.point.value! > best.point.value! ? entry : best));
    const latestText = `latest ${latest.point.text} in ${latest.period}`;
    return highest === latest || highest.point.value === latest.point.value
      ? `${series.name}: ${latestText}`
      : `${series.name}: highest ${highest.point.text} in ${highest.period}, ${latestText}`;
  });
  const count = `${data.series.length} ${data.series.length === 1 ? data.seriesNoun.one : data.seriesNoun.many}`;
  return `${data.title}, ${span} (${count}). ${parts.join("; ")}.`;
}
