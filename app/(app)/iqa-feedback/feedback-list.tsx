import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { displayDay } from "@/lib/format/dates";
import { feedbackResponseStanding } from "@/lib/iqa-feedback/labels";
import type { IqaFeedbackSummary } from "@/lib/iqa-feedback/queries";
import { samplingOutcomeLabels } from "@/lib/sampling/labels";

const linkClasses = "text-brand-800 underline underline-offset-2";

/** Where an RD07 came from: a sampling record (unit, candidate, outcome) or on its own. */
export function FeedbackSource({ feedback }: { feedback: Pick<IqaFeedbackSummary, "samplingRecord"> }) {
  const record = feedback.samplingRecord;
  if (!record) return <>Given on its own, not from a sample</>;
  return (
    <>
      From sampling {record.unitDecision.unit.title} ({record.unitDecision.unit.urn}) for {record.unitDecision.candidate.name}:{" "}
      {samplingOutcomeLabels[record.outcome]}
    </>
  );
}

function actionCountsText(counts: IqaFeedbackSummary["actionCounts"]): string {
  if (counts.open + counts.done === 0) return "No actions";
  const parts = [`${counts.open} open`, `${counts.done} done`];
  if (counts.overdue > 0) parts.push(`${counts.overdue} overdue`);
  return parts.join(", ");
}

/**
 * RD07s as a table: date (linked), the other person, where it came from, its actions and whether
 * the assessor has responded. `person` says which person to name: the IQA who gave it, the
 * assessor it is for, or both (the centre's register).
 */
export function FeedbackTable(props: { caption: string; feedback: readonly IqaFeedbackSummary[]; person: "iqa" | "assessor" | "both" }) {
  return (
    <Table caption={props.caption} captionHidden>
      <THead>
        <TR>
          <TH>Given</TH>
          {props.person !== "assessor" && <TH>IQA</TH>}
          {props.person !== "iqa" && <TH>Assessor</TH>}
          <TH>About</TH>
          <TH>Actions</TH>
          <TH>Response</TH>
        </TR>
      </THead>
      <TBody>
        {props.feedback.map((entry) => {
          const response = feedbackResponseStanding(entry);
          return (
            <TR key={entry.id}>
              <TD className="whitespace-nowrap">
                <Link href={`/iqa-feedback/${entry.id}`} className={linkClasses}>
                  {displayDay(entry.givenOn)}
                  <span className="sr-only">: open the feedback</span>
                </Link>
              </TD>
              {props.person !== "assessor" && <TD>{entry.iqa.name}</TD>}
              {props.person !== "iqa" && <TD>{entry.assessor.name}</TD>}
              <TD className="min-w-48">
                <FeedbackSource feedback={entry} />
              </TD>
              <TD className="min-w-32">{actionCountsText(entry.actionCounts)}</TD>
              <TD>
                <Badge tone={response.tone}>{response.label}</Badge>
                {entry.respondedAt && <span className="mt-1 block text-ink-muted">{displayDay(entry.respondedAt)}</span>}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
