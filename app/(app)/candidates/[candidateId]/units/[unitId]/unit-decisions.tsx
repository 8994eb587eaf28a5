import Link from "next/link";
import { SignedVersionList } from "@/components/signatures/signed-version-list";
import { Badge } from "@/components/ui/badge";
import { displayDay, isoDay } from "@/lib/format/dates";
import { COUNTERSIGN_STATEMENT, ASSESSOR_STATEMENT } from "@/lib/sign-off/decisions";
import { samplingOutcomeLabels } from "@/lib/sampling/labels";
import { decisionStatusLabels, decisionTypeLabels, outcomeLabels } from "@/lib/sign-off/labels";
import type { UnitPage } from "@/lib/sign-off/queries";
import { AmendDecisionForm } from "./amend-decision-form";
import { DecisionSignatureForm } from "./decision-signature-form";

// Every decision on the unit, newest first, with its signed versions: who signed which version in
// which role and when, and whether each signature still matches what it signed.

const statusTone = { RECORDED: "neutral", AWAITING_COUNTERSIGNATURE: "warning", SIGNED_OFF: "success", REOPENED: "danger" } as const;
const linkClass = "text-brand-800 underline underline-offset-2";

export function UnitDecisions(props: {
  workspaceKey: string;
  decisions: UnitPage["decisions"];
  viewer: UnitPage["viewer"];
  mayAssess: boolean;
  qualified: boolean;
  /** The hash of the unit's evidence as this page shows it (signing again signs exactly that). */
  evidenceSha256: string | null;
}) {
  if (props.decisions.length === 0) return <p>No decision has been recorded for this unit yet.</p>;
  return (
    <ol className="flex flex-col gap-4">
      {props.decisions.map((decision) => {
        const mine = decision.assessorUserId === props.viewer.userId;
        const signedBefore = decision.versions.some((version) => version.signatures.length > 0);
        const summativeAchieved = decision.decisionType === "SUMMATIVE" && decision.outcome === "ACHIEVED";
        return (
          <li key={decision.id} className="rounded-md border border-line-subtle p-3">
            <h3 className="font-semibold">
              {decisionTypeLabels[decision.decisionType]}: {outcomeLabels[decision.outcome]}
            </h3>
            <p className="my-1 flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={statusTone[decision.status]}>{decisionStatusLabels[decision.status]}</Badge>
              <span>
                {displayDay(decision.decidedOn)} · {decision.assessor.name}
              </span>
            </p>
            {decision.status === "AWAITING_COUNTERSIGNATURE" && (
              <p className="text-sm">Awaiting countersignature by a qualified assessor: this decision does not count yet.</p>
            )}
            {decision.reopenedAt && (
              <div
                className={decision.status === "REOPENED" ? "my-2 rounded-md border-2 border-danger-700 bg-danger-50 p-3" : "my-2 text-sm"}
              >
                {props.viewer.isStaff ? (
                  <p>
                    Reopened on {displayDay(decision.reopenedAt)} after the IQA disagreed:{" "}
                    {decision.reopenedReason ?? "no reasons recorded"}
                  </p>
                ) : (
                  // The IQA's words are about the assessor's practice: the candidate is told what happens, not why.
                  <p>
                    Reopened on {displayDay(decision.reopenedAt)} after internal quality assurance
                    {decision.status === "REOPENED" ? ": your assessor will review it." : "."}
                  </p>
                )}
                {decision.status === "REOPENED" && props.viewer.isStaff && (
                  <p className="mt-1">
                    It does not count until {mine ? "you change" : "the assessor changes"} it (&ldquo;Change this decision&rdquo;) and{" "}
                    {summativeAchieved ? "sign it again" : "records it again"}.
                  </p>
                )}
              </div>
            )}
            <p className="mt-2 whitespace-pre-line">{decision.rationale}</p>
            {props.viewer.isStaff && decision.sampling.length > 0 && (
              <ul className="mt-2 flex flex-col gap-1 text-sm">
                {decision.sampling.map((sampling) => {
                  const text = `IQA sampling on ${displayDay(sampling.sampledOn)} by ${sampling.iqa.name}: ${samplingOutcomeLabels[sampling.outcome]}`;
                  return (
                    <li key={sampling.id}>
                      {props.viewer.canViewSampling ? (
                        <Link href={`/sampling/plans/${sampling.planItem.planId}/items/${sampling.planItemId}`} className={linkClass}>
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {decision.iqaSignature.current ? (
              <p className="mt-1 text-sm">
                Countersigned by the IQA: {decision.iqaSignature.current.signer.name}, {displayDay(decision.iqaSignature.current.signedAt)}{" "}
                (version {decision.iqaSignature.currentVersion})
              </p>
            ) : decision.iqaSignature.latestSignedVersion ? (
              <p className="mt-1 text-sm">
                The IQA ({decision.iqaSignature.latestSignedVersion.signature.signer.name}) countersigned version{" "}
                {decision.iqaSignature.latestSignedVersion.version}; the current version ({decision.iqaSignature.currentVersion}) is not
                countersigned by the IQA.
              </p>
            ) : null}

            {decision.versions.length > 0 && (
              <details className="mt-3">
                <summary className="cursor-pointer">Versions and signatures ({decision.versions.length})</summary>
                <SignedVersionList versions={decision.versions} className="mt-2 flex flex-col gap-2 text-sm" />
              </details>
            )}

            {decision.status === "AWAITING_COUNTERSIGNATURE" &&
              props.viewer.canCountersign &&
              !mine &&
              props.mayAssess &&
              props.qualified && (
                <div className="mt-3">
                  <DecisionSignatureForm
                    workspaceKey={props.workspaceKey}
                    decisionId={decision.id}
                    version={decision.version}
                    mode="countersign"
                    statement={COUNTERSIGN_STATEMENT}
                    contentSha256={decision.versions[0]?.contentSha256 ?? ""}
                  />
                </div>
              )}
            {summativeAchieved && decision.status === "RECORDED" && mine && props.mayAssess && props.evidenceSha256 && (
              <div className="mt-3">
                <p className="mb-2">This sign-off was changed after signing: sign it again for it to count.</p>
                <DecisionSignatureForm
                  workspaceKey={props.workspaceKey}
                  decisionId={decision.id}
                  version={decision.version}
                  mode="signAgain"
                  statement={ASSESSOR_STATEMENT}
                  contentSha256={props.evidenceSha256}
                />
              </div>
            )}
            {mine && props.mayAssess && (
              <details className="mt-3" open={decision.status === "REOPENED"}>
                <summary className="cursor-pointer">Change this decision</summary>
                <div className="mt-3">
                  <AmendDecisionForm
                    workspaceKey={props.workspaceKey}
                    decisionId={decision.id}
                    version={decision.version}
                    rationale={decision.rationale}
                    decidedOn={isoDay(decision.decidedOn)}
                    signed={signedBefore}
                  />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
