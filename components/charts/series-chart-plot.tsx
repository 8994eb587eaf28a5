"use client";

import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { HatchPattern, Marker } from "./marker";
import { axisMaximum, seriesKey, seriesStyle, summarise, toChartRows, type SeriesChartData } from "./series-chart-data";

// The drawn chart (recharts). Loaded only in the browser (series-chart-canvas.tsx, ssr: false):
// recharts sets inline styles, which the production Content-Security-Policy (style-src with a
// nonce, no 'unsafe-inline') blocks in server-rendered HTML but allows when React sets them
// through the DOM. Keyboard: the chart is a tab stop and the arrow keys move the tooltip from
// period to period (recharts' accessibility layer). The table beside it has the same numbers.

const axisText = { fill: "#475569", fontSize: 12 };

function TooltipBox({ active, label, data }: Pick<TooltipContentProps<number, string>, "active" | "label"> & { data: SeriesChartData }) {
  const period = data.periods.indexOf(String(label));
  if (!active || period < 0) return null;
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink shadow-md">
      <p className="font-semibold">{label}</p>
      <ul>
        {data.series.map((series, s) => (
          <li key={series.id} className="flex items-center gap-2">
            <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
              <Marker shape={seriesStyle(s).marker} colour={seriesStyle(s).colour} cx={6} cy={6} />
            </svg>
            <span>
              {series.name}: {series.points[period]?.text ?? ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function SeriesChartPlot({ data }: { data: SeriesChartData }) {
  const patternPrefix = useId().replace(/:/g, "");
  const rows = toChartRows(data);
  const max = axisMaximum(data);
  const common = {
    data: rows,
    title: data.title,
    desc: summarise(data),
    margin: { top: 8, right: 12, bottom: 4, left: 0 },
  };
  const axes = [
    <CartesianGrid key="grid" stroke="#e2e8f0" vertical={false} />,
    <XAxis
      key="x"
      dataKey="period"
      tick={axisText}
      tickLine={false}
      axisLine={{ stroke: "#64748b" }}
      // A bar chart's categories (statuses) are each named, slanted so long names fit at 390 px;
      // a line chart's periods may thin out, as its table names every one.
      {...(data.kind === "bar"
        ? { interval: 0, angle: -35, textAnchor: "end", height: 96, padding: { left: 8, right: 8 } }
        : { interval: "preserveStartEnd" as const, padding: { left: 24, right: 24 } })}
    />,
    <YAxis
      key="y"
      domain={[0, max]}
      allowDecimals={false}
      width={44}
      tick={axisText}
      tickLine={false}
      axisLine={{ stroke: "#64748b" }}
      tickFormatter={(value: number) => `${value}${data.unit}`}
    />,
    <Tooltip
      key="tooltip"
      content={(props) => <TooltipBox active={props.active} label={props.label} data={data} />}
      isAnimationActive={false}
    />,
  ];
  return (
    <ResponsiveContainer width="100%" height={256} initialDimension={{ width: 320, height: 256 }}>
      {data.kind === "bar" ? (
        <BarChart {...common}>
          <defs>
            {data.series.map((series, s) => (
              <HatchPattern key={series.id} id={`${patternPrefix}-${s}`} style={seriesStyle(s)} />
            ))}
          </defs>
          {axes}
          {data.series.map((series, s) => (
            <Bar
              key={series.id}
              dataKey={seriesKey(s)}
              name={series.name}
              fill={`url(#${patternPrefix}-${s})`}
              stroke={seriesStyle(s).colour}
              strokeWidth={1.5}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      ) : (
        <LineChart {...common}>
          {axes}
          {data.series.map((series, s) => {
            const style = seriesStyle(s);
            const marker = (props: { cx?: number; cy?: number; index: number; value?: unknown }) =>
              props.cx === undefined || props.cy === undefined || props.value === null || props.value === undefined ? (
                <g key={`${series.id}-${props.index}`} />
              ) : (
                <Marker key={`${series.id}-${props.index}`} shape={style.marker} colour={style.colour} cx={props.cx} cy={props.cy} />
              );
            return (
              <Line
                key={series.id}
                type="linear"
                dataKey={seriesKey(s)}
                name={series.name}
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash || undefined}
                dot={marker}
                activeDot={marker}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      )}
    </ResponsiveContainer>
  );
}
