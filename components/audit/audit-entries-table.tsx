import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { auditActionLabel, auditSummaryLines } from "@/lib/audit/describe-audit-event";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/London" });

export type AuditEntryRow = {
  id: string;
  sequence: number;
  occurredAt: Date;
  actorName: string;
  action: string;
  summary: unknown;
};

/** Audit entries in words: number, time (UK), who, what, and what changed. */
export function AuditEntriesTable({
  caption,
  entries,
  captionHidden,
}: {
  caption: string;
  entries: AuditEntryRow[];
  captionHidden?: boolean;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <THead>
        <TR>
          <TH>No.</TH>
          <TH>When</TH>
          <TH>Who</TH>
          <TH>What</TH>
          <TH>Details</TH>
        </TR>
      </THead>
      <TBody>
        {entries.map((event) => (
          <TR key={event.id}>
            <TD>{event.sequence}</TD>
            <TD className="whitespace-nowrap">{timeFormat.format(event.occurredAt)}</TD>
            <TD>{event.actorName}</TD>
            <TD>{auditActionLabel(event.action)}</TD>
            <TD>
              <ul className="text-sm break-words">
                {auditSummaryLines(event.summary).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
