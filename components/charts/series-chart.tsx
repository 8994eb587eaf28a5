import { useId } from "react";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { HatchPattern, Marker } from "./marker";
import { hasValues, seriesStyle, summarise, type SeriesChartData } from "./series-chart-data";
import { SeriesChartCanvas } from "./series-chart-canvas";

// A chart with a table beside it (the roadmap's rule for every chart): a figure named by its
// title, the chart in words, the chart itself (drawn in the browser), a legend that tells series
// apart by marker and line pattern as well as colour, and the same numbers as a table with row and
// column headers. Without JavaScript, or with a screen reader, the summary and the table carry
// everything the chart shows.

function LegendSample({ index, kind }: { index: number; kind: SeriesChartData["kind"] }) {
  const style = seriesStyle(index);
  const patternId = `${useId().replace(/:/g, "")}-hatch`;
  return (
    <svg width={36} height={14} viewBox="0 0 36 14" aria-hidden="true" className="shrink-0">
      {kind === "bar" ? (
        <>
          <defs>
            <HatchPattern id={patternId} style={style} />
          </defs>
          <rect x={8} y={1} width={20} height={12} fill={`url(#${patternId})`} stroke={style.colour} strokeWidth={1.5} />
        </>
      ) : (
        <>
          <line x1={1} y1={7} x2={35} y2={7} stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash || undefined} />
          <Marker shape={style.marker} colour={style.colour} cx={18} cy={7} />
        </>
      )}
    </svg>
  );
}

export function SeriesChart({
  data,
  emptyText,
}: {
  data: SeriesChartData;
  /** Shown instead of the chart when there is no value. */ emptyText: string;
}) {
  const titleId = useId();
  if (!hasValues(data)) {
    return (
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{data.title}</h3>
        <p className="text-ink-muted">{emptyText}</p>
      </div>
    );
  }
  return (
    <figure aria-labelledby={titleId} className="flex min-w-0 flex-col gap-3">
      <figcaption id={titleId} className="font-semibold">
        {data.title}
      </figcaption>
      <p className="text-sm text-ink-muted">{summarise(data)}</p>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start">
        <div className="flex min-w-0 flex-col gap-2 lg:flex-1">
          <SeriesChartCanvas data={data} />
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
            {data.series.map((series, s) => (
              <li key={series.id} className="flex items-center gap-2">
                <LegendSample index={s} kind={data.kind} />
                {series.name}
              </li>
            ))}
          </ul>
        </div>
        <div className="min-w-0 lg:flex-1">
          <Table caption={`${data.title}: the numbers`}>
            <THead>
              <TR>
                <TH>{data.seriesNoun.one.charAt(0).toUpperCase() + data.seriesNoun.one.slice(1)}</TH>
                {data.periods.map((period) => (
                  <TH key={period}>{period}</TH>
                ))}
              </TR>
            </THead>
            <TBody>
              {data.series.map((series) => (
                <TR key={series.id}>
                  <TH scope="row">{series.name}</TH>
                  {series.points.map((point, p) => (
                    <TD key={data.periods[p]} className={point.value === null ? "whitespace-nowrap text-ink-muted" : "whitespace-nowrap"}>
                      {point.text}
                    </TD>
                  ))}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </div>
    </figure>
  );
}
