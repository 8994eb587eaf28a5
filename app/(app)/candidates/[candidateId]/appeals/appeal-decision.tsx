import { decisionTypeLabels, unitOutcomeLabels } from "@/lib/appeals/labels";
import { displayDay } from "@/lib/format/dates";

/** The decision an appeal is against: one of the candidate's unit decisions, or their description of it. */
export function AppealDecision(props: {
  unitDecision: {
    decisionType: keyof typeof decisionTypeLabels;
    outcome: keyof typeof unitOutcomeLabels;
    decidedOn: Date;
    unit: { title: string; urn: string };
  } | null;
  decisionDescription: string | null;
}) {
  if (props.unitDecision) {
    const decision = props.unitDecision;
    return (
      <>
        {decision.unit.title} <span className="text-ink-muted">({decision.unit.urn})</span>:{" "}
        {decisionTypeLabels[decision.decisionType].toLowerCase()} decision, {unitOutcomeLabels[decision.outcome].toLowerCase()},{" "}
        {displayDay(decision.decidedOn)}
      </>
    );
  }
  return <span className="whitespace-pre-line">{props.decisionDescription ?? "Not given"}</span>;
}
