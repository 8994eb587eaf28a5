"use client";

import dynamic from "next/dynamic";
import type { SeriesChartData } from "./series-chart-data";

// The chart is drawn in the browser only (see series-chart-plot.tsx for why): the server sends a
// box of the chart's height, so nothing moves when it appears, and recharts' code loads with it
// rather than with the page.
const Plot = dynamic(() => import("./series-chart-plot"), {
  ssr: false,
  loading: () => <div className="h-64" aria-hidden="true" />,
});

export function SeriesChartCanvas({ data }: { data: SeriesChartData }) {
  return (
    <div className="h-64 w-full">
      <Plot data={data} />
    </div>
  );
}
