import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { displayDay } from "@/lib/format/dates";
import type { Portfolio } from "@/lib/portfolio/queries";

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

const achievementBadges = {
  achieved: { tone: "success", text: "Achieved" },
  awaitingCountersignature: { tone: "info", text: "Signed off, awaiting countersignature" },
  awaitingSignature: { tone: "info", text: "Decision changed, awaiting signature" },
  notAchieved: null,
} as const;

/** What waits for the candidate: the short version shown on the home page, and the top of /portfolio. */
export function PortfolioToDo({ portfolio }: { portfolio: Portfolio }) {
  const base = `/candidates/${portfolio.candidate.id}`;
  const items = [
    ...portfolio.plansToConfirm.map((plan) => ({
      key: `plan-${plan.id}`,
      href: `${base}/plans/${plan.id}`,
      text: `Read and confirm your assessment plan “${plan.title}”${plan.plannedOn ? ` (planned for ${displayDay(plan.plannedOn)})` : ""}`,
    })),
    ...portfolio.feedbackToReply.map((feedback) => ({
      key: `feedback-${feedback.id}`,
      href: `${base}/feedback/${feedback.id}`,
      text: `Reply to the feedback your assessor gave on ${displayDay(feedback.givenAt)}`,
    })),
    ...portfolio.declarationsToSign.map((unit) => ({
      key: `unit-${unit.id}`,
      href: `${base}/units/${unit.id}`,
      text: `Sign the declaration that the evidence for ${unit.urn} ${unit.title} is your own`,
    })),
  ];
  if (items.length === 0) return <p>Nothing is waiting for you right now.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap items-start gap-2">
          <Badge tone="warning">To do</Badge>
          <Link href={item.href} className={linkClasses}>
            {item.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function UnitList({ units, base }: { units: Portfolio["units"]; base: string }) {
  return (
    <ul className="flex flex-col divide-y divide-line-subtle">
      {units.map(({ unit, summary, achievement }) => {
        const badge = achievementBadges[achievement.state];
        return (
          <li key={unit.id} className="flex flex-col gap-1 py-3">
            <Link href={`${base}/units/${unit.id}`} className={linkClasses}>
              {unit.urn} {unit.title}
            </Link>
            <span className="text-sm text-ink-muted">
              {summary.total === 0
                ? "Its assessment criteria are not set up yet."
                : `${summary.met} of ${summary.total} criteria met${summary.partlyMet > 0 ? `, ${summary.partlyMet} partly` : ""}`}
              {` · ${unit.credit} ${unit.credit === 1 ? "credit" : "credits"}`}
            </span>
            {badge && (
              <span>
                <Badge tone={badge.tone}>{badge.text}</Badge>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The whole portfolio summary for one registration. */
export function PortfolioSummary({ portfolio }: { portfolio: Portfolio }) {
  const base = `/candidates/${portfolio.candidate.id}`;
  const combination = portfolio.ruleOfCombination;
  const metUnits = portfolio.units.filter((unit) => unit.achievement.state === "achieved").length;
  // Units with some progress first; the rest (often most of a large qualification) fold away on a phone.
  const started = portfolio.units.filter(
    (unit) => unit.summary.met + unit.summary.partlyMet > 0 || unit.achievement.state !== "notAchieved",
  );
  const notStarted = portfolio.units.filter((unit) => !started.includes(unit));
  return (
    <div className="flex flex-col gap-6">
      <Card title="Waiting for you">
        <PortfolioToDo portfolio={portfolio} />
      </Card>

      <Card title="Your evidence">
        <dl className="mb-4 grid grid-cols-3 gap-3">
          {[
            { label: "awaiting your assessor's judgement", value: portfolio.evidence.awaitingJudgement },
            { label: "accepted", value: portfolio.evidence.accepted },
            { label: "not accepted (see the feedback)", value: portfolio.evidence.rejected },
          ].map((figure) => (
            <div key={figure.label} className="flex flex-col-reverse rounded-md bg-subtle p-3">
              <dt className="text-sm text-ink-muted">{figure.label}</dt>
              <dd className="text-2xl font-bold text-ink">{figure.value}</dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap gap-3">
          <Link href={`${base}/evidence/new`} className={buttonClasses("primary")}>
            Upload evidence
          </Link>
          <Link href={`${base}/evidence`} className={buttonClasses("secondary")}>
            All your evidence
          </Link>
        </div>
      </Card>

      <Card title="Your units">
        <p className="mb-3">
          {metUnits} of {portfolio.units.length} {portfolio.units.length === 1 ? "unit" : "units"} achieved.{" "}
          <Link href={base} className={linkClasses}>
            See every assessment criterion
          </Link>
        </p>
        <UnitList units={started} base={base} />
        {notStarted.length > 0 && (
          <details className="mt-3">
            <summary className="cursor-pointer py-2.5 font-semibold text-brand-800">
              {started.length === 0 ? "Your units" : "Other units"} not started yet ({notStarted.length})
            </summary>
            <UnitList units={notStarted} base={base} />
          </details>
        )}
      </Card>

      <Card title="Your qualification">
        {combination.applies ? (
          <div className="flex flex-col gap-3">
            <p>To achieve {portfolio.qualification.title} you need:</p>
            <ul className="list-disc pl-6">
              {combination.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
            {combination.achieved ? (
              <p>
                <Badge tone="success">Complete</Badge> Your achieved units make up the qualification ({combination.totalCredit} credits).
              </p>
            ) : (
              <>
                <p>
                  So far {combination.totalCredit} {combination.totalCredit === 1 ? "credit counts" : "credits count"}. Still needed:
                </p>
                <ul className="list-disc pl-6">
                  {combination.shortfalls.map((shortfall) => (
                    <li key={shortfall}>{shortfall}</li>
                  ))}
                </ul>
                {combination.unitsToComplete && combination.unitsToComplete.length > 0 && (
                  <>
                    <p>
                      The quickest way to complete it ({combination.additionalCredit} more credits): talk to your assessor about these
                      units.
                    </p>
                    <ul className="list-disc pl-6">
                      {combination.unitsToComplete.map((unit) => (
                        <li key={unit.id}>
                          {unit.urn} {unit.title} ({unit.credit} {unit.credit === 1 ? "credit" : "credits"})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </div>
        ) : (
          <p>You are entered for the named units above, not the full award: each unit you achieve is certificated on its own.</p>
        )}
      </Card>

      <Card title="Disagree with an assessment decision?">
        <p className="mb-3">
          Talk to your assessor first. If you still disagree, you can appeal: say which decision and why. The date you appeal is recorded
          and your centre admin is shown your appeal.
        </p>
        <Link href={`${base}/appeals/new`} className={buttonClasses("secondary")}>
          Appeal a decision
        </Link>
      </Card>
    </div>
  );
}
