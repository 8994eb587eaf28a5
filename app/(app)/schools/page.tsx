import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { ictMarkStateLabels, ictMarkStateTones } from "@/lib/schools/labels";
import { listSchools } from "@/lib/schools/queries";
import { parseIctMarkFilter, type IctMarkFilter } from "@/lib/schools/schemas";
import { NoIctMark } from "./no-ict-mark";

export const metadata: Metadata = { title: "Schools" };

const filterLinks: { filter: IctMarkFilter | null; label: string }[] = [
  { filter: null, label: "All schools" },
  { filter: "renewalDue", label: "Renewal due" },
  { filter: "expired", label: "Expired" },
  { filter: "current", label: "Current" },
  { filter: "notAwarded", label: "Not awarded" },
];

const day = (iso: string | null) => (iso ? displayDay(new Date(`${iso}T00:00:00Z`)) : "");

export default async function SchoolsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requireAccess();
  const filter = parseIctMarkFilter((await searchParams).ictMark);
  const overview = await orNotFound(listSchools(access, { filter }));
  if (!overview.runsIctMark) {
    return (
      <>
        <PageHeader title="Schools" />
        <NoIctMark bodyName={overview.bodyName} />
      </>
    );
  }
  const { policy, counts } = overview;
  const caption = filter ? `Schools whose ICT Mark is ${ictMarkStateLabels[filter].toLowerCase()}` : "Schools and their ICT Mark";
  return (
    <>
      <PageHeader
        title="Schools"
        description={`Schools assessed for the ICT Mark. An award runs ${policy.validityYears} years; renewal reminders start ${policy.renewalReminderDays} days before it expires (${policy.source}).`}
        actions={
          <Link href="/schools/new" className={buttonClasses("primary")}>
            Add a school
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <nav aria-label="Filter schools by ICT Mark">
          <ul className="flex flex-wrap gap-2">
            {filterLinks.map((link) => {
              const count = link.filter ? counts[link.filter] : overview.total;
              const current = link.filter === filter;
              return (
                <li key={link.label}>
                  <Link
                    href={link.filter ? `/schools?ictMark=${link.filter}` : "/schools"}
                    aria-current={current ? "page" : undefined}
                    className={buttonClasses(current ? "primary" : "secondary", "sm")}
                  >
                    {link.label} ({count})
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {overview.schools.length === 0 ? (
          <Card>
            <p>
              {overview.total === 0
                ? "No school is on your list yet. Add the schools you assess for the ICT Mark."
                : `No school's ICT Mark is ${filter ? ictMarkStateLabels[filter].toLowerCase() : ""} today.`}
            </p>
          </Card>
        ) : (
          <Table caption={caption}>
            <THead>
              <TR>
                <TH>School</TH>
                <TH>URN</TH>
                <TH>ICT Mark</TH>
                <TH>Awarded</TH>
                <TH>Expires</TH>
                <TH>Last reminder</TH>
              </TR>
            </THead>
            <TBody>
              {overview.schools.map((school) => (
                <TR key={school.id}>
                  <TH scope="row">
                    <Link href={`/schools/${school.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                      {school.name}
                    </Link>
                  </TH>
                  <TD>{school.urn ?? ""}</TD>
                  <TD>
                    <span className="flex flex-wrap items-center gap-2">
                      <Badge tone={ictMarkStateTones[school.standing.state]}>{ictMarkStateLabels[school.standing.state]}</Badge>
                      {school.standing.reminderDue && <span className="text-sm">reminder due</span>}
                    </span>
                  </TD>
                  <TD className="whitespace-nowrap">{displayDay(school.ictMarkAwardedOn)}</TD>
                  <TD className="whitespace-nowrap">{day(school.standing.expiresOn)}</TD>
                  <TD className="whitespace-nowrap">{displayDay(school.renewalReminderSentAt)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </>
  );
}
