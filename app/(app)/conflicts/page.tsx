import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { nonBlockingRelationships, relationshipLabels } from "@/lib/conflicts/labels";
import { conflictRegister, ownDeclarationsAtCentre } from "@/lib/conflicts/queries";
import type { CentreConflictDeclaration } from "@/lib/conflicts/rule-declarations";
import { registerStatusOf, type RegisterStatus } from "@/lib/conflicts/schemas";
import { displayDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Conflicts of interest" };

function Whom({ declaration }: { declaration: CentreConflictDeclaration }) {
  if (declaration.subject === "CENTRE") return <>The whole centre</>;
  return declaration.candidate ? (
    <Link href={`/candidates/${declaration.candidate.id}/registration`}>{declaration.candidate.name}</Link>
  ) : (
    <>A candidate</>
  );
}

function Effect({ declaration }: { declaration: CentreConflictDeclaration & { inForce: boolean } }) {
  if (!declaration.inForce) return <Badge tone="neutral">Ended</Badge>;
  if (nonBlockingRelationships.includes(declaration.relationship)) return <Badge tone="info">Noted only</Badge>;
  return (
    <Badge tone="warning">{declaration.subject === "CENTRE" ? "Assesses and samples nobody here" : "May not assess or sample them"}</Badge>
  );
}

const filters: { status: RegisterStatus; label: string }[] = [
  { status: "in-force", label: "In force" },
  { status: "ended", label: "Ended" },
  { status: "all", label: "All" },
];

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const access = await requireAccess();
  if (!isCentreAccess(access)) notFound();
  const canRegister = rolesCan(access.workspace.roles, "conflict.register");
  if (!canRegister && !rolesCan(access.workspace.roles, "conflict.declare")) notFound();

  if (!canRegister) {
    const mine = await ownDeclarationsAtCentre(access);
    return (
      <>
        <PageHeader
          title="Conflicts of interest"
          description={`Relationships you have declared with candidates at ${access.workspace.name}, or with the centre itself. A declaration in force stops you assessing or sampling where it applies (ICS code A2).`}
        />
        <Card title="Your declarations here">
          {mine.length === 0 ? (
            <p>You have declared no relationships with candidates here or with this centre.</p>
          ) : (
            <Table caption={`Your declarations at ${access.workspace.name}`} captionHidden>
              <THead>
                <TR>
                  <TH>With</TH>
                  <TH>Relationship</TH>
                  <TH>Since</TH>
                  <TH>Ended</TH>
                  <TH>Effect</TH>
                </TR>
              </THead>
              <TBody>
                {mine.map((declaration) => (
                  <TR key={declaration.id}>
                    <TD>{declaration.subject === "CENTRE" ? "The whole centre" : (declaration.candidate?.name ?? "A candidate")}</TD>
                    <TD>{relationshipLabels[declaration.relationship]}</TD>
                    <TD>{displayDay(declaration.declaredOn)}</TD>
                    <TD>{declaration.endedOn ? displayDay(declaration.endedOn) : "Continues"}</TD>
                    <TD>
                      <Effect declaration={declaration} />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <p className="mt-4">
            You declare relationships, and end them, on <Link href="/professional-record/conflicts">your professional record</Link>: it
            follows you to every centre you work for.
          </p>
        </Card>
      </>
    );
  }

  const status = registerStatusOf((await searchParams).status);
  const register = await conflictRegister(access, status);
  const countOf: Record<RegisterStatus, number> = {
    "in-force": register.counts.inForce,
    ended: register.counts.ended,
    all: register.counts.all,
  };
  const shown = filters.find((filter) => filter.status === status)!;
  return (
    <>
      <PageHeader
        title="Conflict-of-interest register"
        description={`Every relationship declared by ${access.workspace.name}'s assessors and IQAs with one of its candidates or with the centre itself, in force and ended (ICS code A2). Staff declare them on their professional record.`}
      />
      <FilterLinks
        label="Show declarations"
        links={filters.map((filter) => ({
          href: `/conflicts?status=${filter.status}`,
          label: `${filter.label} (${countOf[filter.status]})`,
          current: filter.status === status,
        }))}
      />
      {register.rows.length === 0 ? (
        <p>
          {status === "ended"
            ? "No declaration here has ended."
            : status === "in-force"
              ? "No declaration here is in force."
              : "Nobody has declared a relationship here."}
        </p>
      ) : (
        <Table caption={`Conflict-of-interest register, ${shown.label.toLowerCase()} (${register.rows.length})`}>
          <THead>
            <TR>
              <TH>Declared by</TH>
              <TH>With</TH>
              <TH>Relationship</TH>
              <TH>Since</TH>
              <TH>Ended</TH>
              <TH>Effect</TH>
            </TR>
          </THead>
          <TBody>
            {register.rows.map((declaration) => (
              <TR key={declaration.id}>
                <TD>{declaration.staff.name}</TD>
                <TD>
                  <Whom declaration={declaration} />
                </TD>
                <TD>
                  {relationshipLabels[declaration.relationship]}
                  {declaration.details && <span className="block text-sm text-ink-muted">{declaration.details}</span>}
                </TD>
                <TD>{displayDay(declaration.declaredOn)}</TD>
                <TD>{declaration.endedOn ? displayDay(declaration.endedOn) : "Continues"}</TD>
                <TD>
                  <Effect declaration={declaration} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      {rolesCan(access.workspace.roles, "conflict.declare") && (
        <p className="mt-4">
          Your own declarations are on <Link href="/professional-record/conflicts">your professional record</Link>.
        </p>
      )}
    </>
  );
}
