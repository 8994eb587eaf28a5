import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { SamplingPlanPage } from "@/lib/sampling/plan-queries";

// The plan's coverage: what it misses against the strategy, each assessor's required and planned
// numbers, the assessor × unit grid and each dimension's table. Gaps are said in words, not only
// shown by colour.

type Coverage = SamplingPlanPage["coverage"];

export function CoverageGaps({ gaps, gapCells }: { gaps: Coverage["gaps"]; gapCells: number }) {
  if (gaps.length === 0 && gapCells === 0)
    return <p>No gaps: the plan meets the strategy and every assessor × unit cell with decisions is sampled.</p>;
  return (
    <ul className="flex list-disc flex-col gap-2 pl-5">
      {gaps.map((gap, index) => (
        <li key={`${gap.code}-${index}`}>
          <span className="font-semibold">{gap.severity === "problem" ? "Gap: " : "Note: "}</span>
          {gap.message}
        </li>
      ))}
      {gapCells > 0 && (
        <li>
          <span className="font-semibold">Gap: </span>
          {gapCells === 1 ? "1 assessor × unit cell has" : `${gapCells} assessor × unit cells have`} decisions but nothing planned (marked
          &ldquo;Gap&rdquo; in the grid).
        </li>
      )}
    </ul>
  );
}

export function AssessorCoverageTable({ assessors }: { assessors: Coverage["assessors"] }) {
  return (
    <Table caption="Each assessor: required and planned">
      <THead>
        <TR>
          <TH>Assessor</TH>
          <TH>Risk</TH>
          <TH>Rate</TH>
          <TH>Decisions</TH>
          <TH>Required</TH>
          <TH>Planned</TH>
        </TR>
      </THead>
      <TBody>
        {assessors.map((row) => (
          <TR key={row.assessorId}>
            <TH scope="row">{row.name}</TH>
            <TD>{row.risk}</TD>
            <TD>{row.ratePercent}%</TD>
            <TD>{row.decisions}</TD>
            <TD>{row.required}</TD>
            <TD>
              {row.planned}
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
