import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { conflictCodes, nonBlockingRelationships, relationshipLabels } from "@/lib/conflicts/labels";
import { ownConflictRecord } from "@/lib/conflicts/queries";
import { declarationSubjectName, type PersonalDeclaration } from "@/lib/conflicts/rule-declarations";
import { displayDay, isoDay } from "@/lib/format/dates";
import { ownRecordPolicies } from "@/lib/professional-record/queries";
import { RecordSections } from "../record-sections";
import { DeclareConflictForm } from "./declare-conflict-form";
import { EndConflictForm } from "./end-conflict-form";

export const metadata: Metadata = { title: "Conflicts of interest" };

const subjectWords = { CANDIDATE: "Candidate", CENTRE: "Centre", SCHOOL: "School" } as const;

function whereOf(declaration: PersonalDeclaration): string | null {
  if (declaration.subject === "CANDIDATE") return declaration.centre ? `at ${declaration.centre.name}` : null;
  if (declaration.subject === "SCHOOL") return declaration.school ? declaration.school.awardingBody.name : null;
  return null;
}

function Declaration({ declaration, today }: { declaration: PersonalDeclaration; today: string }) {
  const ended = declaration.endedOn !== null && isoDay(declaration.endedOn) <= today;
  const blocks = !nonBlockingRelationships.includes(declaration.relationship);
  const about = declarationSubjectName(declaration);
  const where = whereOf(declaration);
  return (
    <li className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted">{subjectWords[declaration.subject]}:</span>
        <span className="font-semibold">{about}</span>
        {where && <span className="text-ink-muted">{where}</span>}
        <span>· {relationshipLabels[declaration.relationship]}</span>
        {declaration.endedOn ? (
          <Badge tone="neutral">
            {ended ? "Ended" : "Ends"} {displayDay(declaration.endedOn)}
          </Badge>
        ) : blocks ? (
          <Badge tone="warning">{declaration.subject === "CANDIDATE" ? "Stops you assessing" : "Stops you assessing there"}</Badge>
        ) : (
          <Badge tone="info">Noted only</Badge>
        )}
      </div>
      <span className="text-sm text-ink-muted">Since {displayDay(declaration.declaredOn)}</span>
      {declaration.details && <p className="whitespace-pre-line">{declaration.details}</p>}
      {!declaration.endedOn && (
        <EndConflictForm
          declarationId={declaration.id}
          version={declaration.version}
          today={today}
          label={`${about}, ${relationshipLabels[declaration.relationship]}`}
        />
      )}
    </li>
  );
}

export default async function ProfessionalRecordConflictsPage() {
  const access = await requireAccess();
  const [record, policies] = await Promise.all([ownConflictRecord(access), ownRecordPolicies(access)]);
  const today = isoDay(new Date());
  if (!record) {
    return (
      <>
        <PageHeader title="Conflicts of interest" />
        <RecordSections current="conflicts" />
        <p>
          Assessors and IQAs declare conflicts of interest. You do not assess or quality-assure at any centre, and no awarding body has
          approved you as an assessor.
        </p>
      </>
    );
  }
  const { declarations, choices } = record;
  // Cite only the codes of the person's own awarding bodies.
  const codes = conflictCodes(policies);
  const cited = [codes.people, codes.schools].filter((code) => code !== null).join("; ");
  return (
    <>
      <PageHeader
        title="Conflicts of interest"
        description={`Relationships you have declared with a candidate, a centre${choices.schools.length > 0 ? " or a school" : ""}${cited ? ` (${cited})` : ""}. Each centre you work for sees the ones about it in its conflict register, and a declaration in force stops you assessing or sampling where it applies.`}
      />
      <RecordSections current="conflicts" />
      <div className="flex flex-col gap-6">
        <Card title="Your declarations">
          {declarations.length === 0 ? (
            <p>You have declared no relationships.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-line-subtle">
              {declarations.map((declaration) => (
                <Declaration key={declaration.id} declaration={declaration} today={today} />
              ))}
            </ul>
          )}
        </Card>
        <Card title="A candidate">
          {choices.candidateCentres.length === 0 ? (
            <p>
              You declare relationships with candidates of the centres where you assess or quality-assure; you do neither at any centre.
            </p>
          ) : (
            <DeclareConflictForm
              subject="CANDIDATE"
              source={codes.people}
              today={today}
              centres={choices.candidateCentres}
              candidates={choices.candidates}
            />
          )}
        </Card>
        <Card title="A centre">
          {choices.centres.length === 0 ? (
            <p>None of your awarding bodies has a centre.</p>
          ) : (
            <DeclareConflictForm
              subject="CENTRE"
              source={codes.people}
              today={today}
              centres={choices.centres.map((centre) => ({ id: centre.id, name: centre.name, detail: centre.awardingBody }))}
            />
          )}
        </Card>
        {choices.schools.length > 0 && (
          <Card title="A school">
            <DeclareConflictForm
              subject="SCHOOL"
              source={codes.schools}
              today={today}
              schools={choices.schools.map((school) => ({ id: school.id, name: school.name, detail: school.awardingBody }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
