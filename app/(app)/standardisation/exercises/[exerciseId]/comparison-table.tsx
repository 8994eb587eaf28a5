import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { cx } from "@/components/ui/cx";
import type { StandardisationExerciseView } from "@/lib/standardisation/queries";
import { outcomeLabels } from "@/lib/standardisation/labels";

type Comparison = NonNullable<StandardisationExerciseView["comparison"]>;

/** "✓ Met" / "✗ Not met": the words carry the meaning; the symbol and tint only reinforce it. */
function MetCell({ met, differs }: { met: boolean; differs: boolean }) {
  return (
    <TD className={cx("whitespace-nowrap", differs && "bg-warning-100")}>
      <span aria-hidden="true">{met ? "✓ " : "✗ "}</span>
      {met ? "Met" : "Not met"}
      {differs && <span className="block text-xs font-semibold text-warning-800">Differs</span>}
    </TD>
  );
}

/**
 * The judgements side by side: a row per criterion, a column per participant who judged and one
 * for the agreed judgement; then the outcomes and how far each assessor agrees.
 */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const against = comparison.against === "agreed" ? "the agreed judgement" : "the majority";
  const judges = comparison.agreement.length;
  const differences = comparison.agreement.flatMap((entry) => {
    const parts = [
      ...(entry.criteriaDiffering.length > 0 ? [`on ${entry.criteriaDiffering.join(", ")}`] : []),
      ...(entry.outcomeMatches === false ? ["on the outcome"] : []),
    ];
    return parts.length > 0 ? [`${entry.name} differs ${parts.join(" and ")}`] : [];
  });
  if (differences.length === 0) differences.push("the outcomes judged differ");
  return (
    <>
      <Table caption={`Judgements compared criterion by criterion, with ${against}`}>
        <THead>
          <TR>
            <TH>Criterion</TH>
            {comparison.columns.map((column) => (
              <TH key={column.key} className={cx(column.agreed && "bg-brand-50")}>
                {column.label}
              </TH>
            ))}
            <TH>Judged met</TH>
          </TR>
        </THead>
        <TBody>
          {comparison.rows.map((row) => (
            <TR key={row.criterion.id}>
              <TH scope="row" className="min-w-48">
                <span className="font-semibold">{row.criterion.ref}</span> {row.criterion.text}
              </TH>
              {row.cells.map((cell, index) => (
                <MetCell key={comparison.columns[index]!.key} met={cell.met} differs={cell.differs} />
              ))}
              <TD className="whitespace-nowrap">
                {row.judgedMet} of {judges}
              </TD>
            </TR>
          ))}
          <TR className="border-t-2 border-line">
            <TH scope="row">Outcome</TH>
            {comparison.outcomes.map((outcome, index) => (
              <TD key={comparison.columns[index]!.key} className="font-semibold">
                {outcomeLabels[outcome]}
              </TD>
            ))}
            <TD />
          </TR>
          <TR>
            <TH scope="row">Agrees with {against}</TH>
            {comparison.agreement.map((entry) => (
              <TD key={entry.assessorUserId}>
                {entry.criteriaMatching} of {comparison.criteriaCount} criteria
                {entry.outcomeMatches !== null && (
                  <span className="block">{entry.outcomeMatches ? "Same outcome" : "Different outcome"}</span>
                )}
              </TD>
            ))}
            {comparison.against === "agreed" && <TD>—</TD>}
            <TD />
          </TR>
        </TBody>
      </Table>
      <p className="mt-3">
        {comparison.consistent ? `Consistent: every judgement agrees with ${against}.` : `Not consistent: ${differences.join("; ")}.`}
      </p>
    </>
  );
}
