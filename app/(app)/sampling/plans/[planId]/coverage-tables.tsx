import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { SamplingPlanPage } from "@/lib/sampling/plan-queries";

// The plan's coverage: what it misses against the strategy, each assessor's required and planned
// numbers, the assessor × unit grid and each dimension's table. Gaps are said in words, not only
// shown by colour.

type Coverage = SamplingPlanPage["coverage"];

/** What a sample misses against the strategy, each gap or note in words (also the RD11's list). */
export function GapList(props: { gaps: { code: string; severity: string; message: string }[]; className?: string; children?: ReactNode }) {
  return (
    <ul className={props.className ?? "flex list-disc flex-col gap-2 pl-5"}>
      {props.gaps.map((gap, index) => (
        <li key={`${gap.code}-${index}`}>
          <span className="font-semibold">{gap.severity === "problem" ? "Gap: " : "Note: "}</span>
          {gap.message}
        </li>
      ))}
      {props.children}
    </ul>
  );
}

export function CoverageGaps({ gaps, gapCells }: { gaps: Coverage["gaps"]; gapCells: number }) {
  if (gaps.length === 0 && gapCells === 0)
    return <p>No gaps: the plan meets the strategy and every assessor × unit cell with decisions is sampled.</p>;
  return (
    <GapList gaps={gaps}>
      {gapCells > 0 && (
        <li>
          <span className="font-semibold">Gap: </span>
          {gapCells === 1 ? "1 assessor × unit cell has" : `${gapCells} assessor × unit cells have`} decisions but nothing planned (marked
          &ldquo;Gap&rdquo; in the grid).
        </li>
      )}
    </GapList>
  );
}

/**
 * Each assessor's required and planned (the plan) or sampled (the RD11) numbers, with the risk in
 * words and a badge when below the rate.
 */
export function AssessorCoverageTable(props: {
  caption: string;
  /** "Planned" or "Sampled": the heading of the count column. */
  countHeading: string;
  rows: {
    assessorId: string;
    name: string;
    risk: string;
    ratePercent: number;
    decisions: number;
    required: number;
    count: number;
    short: boolean;
  }[];
}) {
  return (
    <Table caption={props.caption}>
      <THead>
        <TR>
          <TH>Assessor</TH>
          <TH>Risk</TH>
          <TH>Rate</TH>
          <TH>Decisions</TH>
          <TH>Required</TH>
          <TH>{props.countHeading}</TH>
        </TR>
      </THead>
      <TBody>
        {props.rows.map((row) => (
          <TR key={row.assessorId}>
            <TH scope="row">{row.name}</TH>
            <TD>{row.risk}</TD>
            <TD>{row.ratePercent}%</TD>
            <TD>{row.decisions}</TD>
            <TD>{row.required}</TD>
            <TD>
              {row.count}
              {row.short && (
                <>
                  {" "}
                  <Badge tone="warning">Below the rate</Badge>
                </>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export function CoverageMatrix({ matrix }: { matrix: Coverage["matrix"] }) {
  return (
    <Table caption="Coverage grid: units by assessor (planned of decisions)">
      <THead>
        <TR>
          <TH>Unit</TH>
          {matrix.assessors.map((assessor) => (
            <TH key={assessor.id}>{assessor.name}</TH>
          ))}
        </TR>
      </THead>
      <TBody>
        {matrix.units.map((unit) => (
          <TR key={unit.urn}>
            <TH scope="row" className="min-w-48">
              {unit.name}
            </TH>
            {unit.cells.map((cell, index) => (
              <TD key={matrix.assessors[index]!.id} className={cell?.gap ? "bg-warning-100 whitespace-nowrap" : "whitespace-nowrap"}>
                {cell ? (
                  <>
                    {cell.sampled} of {cell.decisions}
                    {cell.gap && <span className="ml-1 font-semibold text-warning-800">Gap</span>}
                  </>
                ) : (
                  <span className="text-ink-muted">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">No decisions</span>
                  </span>
                )}
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export function DimensionTable({ dimension }: { dimension: Coverage["dimensions"][number] }) {
  return (
    <Table caption={`${dimension.title}${dimension.required ? " (the strategy requires each to be sampled)" : ""}`}>
      <THead>
        <TR>
          <TH>{dimension.title.replace(/s$/, "")}</TH>
          <TH>Decisions</TH>
          <TH>Planned</TH>
        </TR>
      </THead>
      <TBody>
        {dimension.rows.map((row) => (
          <TR key={row.value}>
            <TH scope="row">{row.name}</TH>
            <TD>{row.decisions}</TD>
            <TD className={row.sampled === 0 ? "bg-warning-100" : undefined}>
              {row.sampled}
              {row.sampled === 0 && (
                <span className="ml-1 font-semibold text-warning-800">{dimension.required ? "Gap" : "None planned"}</span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
