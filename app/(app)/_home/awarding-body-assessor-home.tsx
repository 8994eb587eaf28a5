import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ApprovedAssessorHome } from "@/lib/awarding-body-home/assessor-home";
import { cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { displayLongDay } from "@/lib/format/dates";
import type { RuleFinding } from "@/lib/rules/findings";
import { recordSections } from "../professional-record/record-sections";

// An approved assessor's home in their awarding body's workspace: their approval and what is due
// by when, their CPD status under the body's policy, the body's open QA requests, and their record.

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

function Findings({ findings, none }: { findings: RuleFinding[]; none: string }) {
  if (findings.length === 0) return <p>{none}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {findings.map((finding) => (
        <li key={finding.code + finding.message} className="flex flex-wrap items-start gap-2">
          <Badge tone={finding.severity === "problem" ? "danger" : "warning"}>{finding.severity === "problem" ? "Problem" : "Due"}</Badge>
          <span>
            {finding.message} <span className="text-sm text-ink-muted">({finding.source})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function YourApprovalCard({ home }: { home: ApprovedAssessorHome }) {
  const { approval } = home;
  return (
    <Card title={`Your approval by ${home.bodyName}`}>
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="info">{approval.stateLabel}</Badge>
          {approval.approvedOn && <span>Approved on {displayLongDay(approval.approvedOn)}.</span>}
          {approval.organisation && <span>Organisation: {approval.organisation}.</span>}
          {approval.feesPaidUntil && <span>Fees paid until {displayLongDay(approval.feesPaidUntil)}.</span>}
        </p>
        <h3 className="font-semibold">What is due</h3>
        <Findings findings={approval.warnings} none="Nothing is due on your approval at the moment." />
      </div>
    </Card>
  );
}

export function YourCpdCard({ home }: { home: ApprovedAssessorHome }) {
  return (
    <Card title="Your CPD">
      <div className="flex flex-col gap-3">
        {home.cpd ? (
          <>
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={cpdStatusTones[home.cpd.status]}>{cpdStatusLabels[home.cpd.status]}</Badge>
              <span>Your CPD status under {home.bodyName}&apos;s policy, from your CPD log.</span>
            </p>
            <Findings findings={home.cpd.findings} none="Your CPD meets the policy for this year." />
          </>
        ) : (
          <p>{home.bodyName}&apos;s policy sets no CPD requirement.</p>
        )}
        <Link href="/professional-record/cpd" className={linkClasses}>
          Open your CPD log
        </Link>
      </div>
    </Card>
  );
}

export function YourQaRequestsCard({ home }: { home: ApprovedAssessorHome }) {
  const { open, overdue } = home.qaRequests;
  return (
    <Card title="Quality-assurance requests">
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2">
          {overdue > 0 && <Badge tone="warning">Overdue</Badge>}
          <span>
            {open === 0
              ? `${home.bodyName} has no open request to you.`
              : `${open} open ${open === 1 ? "request" : "requests"} from ${home.bodyName}${overdue > 0 ? `, ${overdue} past ${overdue === 1 ? "its" : "their"} due date` : ""}.`}
          </span>
        </p>
        <Link href="/professional-record/qa-requests" className={linkClasses}>
          Open your quality-assurance requests
        </Link>
      </div>
    </Card>
  );
}

export function YourRecordCard() {
  return (
    <Card title="Your professional record">
      <ul className="flex flex-col gap-2">
        {recordSections.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className={linkClasses}>
              {section.key === "overview" ? "Professional record overview" : section.label}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
