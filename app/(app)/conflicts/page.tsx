import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { nonBlockingRelationships, relationshipLabels } from "@/lib/conflicts/labels";
import { listCandidatesToDeclare, listMyDeclarations } from "@/lib/conflicts/queries";
import { displayDay, isoDay } from "@/lib/format/dates";
import { DeclareConflictForm } from "./declare-conflict-form";
import { EndConflictForm } from "./end-conflict-form";

export const metadata: Metadata = { title: "Conflicts of interest" };

export default async function ConflictsPage() {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "conflict.declare")) notFound();
  const [declarations, candidates] = await Promise.all([listMyDeclarations(access), listCandidatesToDeclare(access)]);
  const today = isoDay(new Date());
  return (
    <>
      <PageHeader
        title="Conflicts of interest"
        description={`Relationships you have declared with candidates at ${access.workspace.name}. A declared relationship stops you assessing the candidate or sampling their assessment decisions (ICS code A2).`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Your declarations">
          {declarations.length === 0 ? (
            <p>You have declared no relationships with candidates here.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-line-subtle">
              {declarations.map((declaration) => {
                const blocks = !nonBlockingRelationships.includes(declaration.relationship);
                const allocated =
                  declaration.candidate?.assessorUserId === access.userId || declaration.candidate?.iqaUserId === access.userId;
                return (
                  <li key={declaration.id} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{declaration.candidate?.name}</span>
                      <span>· {relationshipLabels[declaration.relationship]}</span>
                      {declaration.endedOn ? (
                        <Badge tone="neutral">Ended {displayDay(declaration.endedOn)}</Badge>
                      ) : blocks ? (
                        <Badge tone="warning">Stops you assessing</Badge>
                      ) : (
                        <Badge tone="info">Noted only</Badge>
                      )}
                    </div>
                    <span className="text-sm text-ink-muted">Declared {displayDay(declaration.declaredOn)}</span>
                    {declaration.details && <p className="whitespace-pre-line">{declaration.details}</p>}
                    {!declaration.endedOn && blocks && allocated && (
                      <p className="font-semibold text-danger-800">
                        You are still allocated to this candidate: the centre admin must reallocate them.
                      </p>
                    )}
                    {!declaration.endedOn && (
                      <EndConflictForm
                        workspaceKey={access.workspace.key}
                        declarationId={declaration.id}
                        version={declaration.version}
                        today={today}
                        label={`${declaration.candidate?.name}, ${relationshipLabels[declaration.relationship]}`}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <Card title="Declare a relationship">
          {candidates.length === 0 ? (
            <p>No candidates are registered here yet.</p>
          ) : (
            <DeclareConflictForm workspaceKey={access.workspace.key} today={today} candidates={candidates} />
          )}
        </Card>
      </div>
    </>
  );
}
