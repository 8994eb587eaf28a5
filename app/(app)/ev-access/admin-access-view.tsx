import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AccessContext } from "@/lib/auth/access-context";
import { orNotFound } from "@/lib/errors/or-not-found";
import { accessActionLabels, grantStateLabels, grantStateTones } from "@/lib/external-verifier-access/labels";
import {
  externalVerifierGrantOptions,
  listExternalVerifierAccessLog,
  listExternalVerifierGrants,
  logEntriesShown,
} from "@/lib/external-verifier-access/queries";
import { displayDay, isoDay } from "@/lib/format/dates";
import { GrantAccessForm } from "./grant-access-form";
import { RevokeAccessButton } from "./revoke-access-button";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
const linkClass = "text-brand-800 underline underline-offset-2";
const visitLabel = (visit: { visitOn: Date; purpose: string | null }) =>
  `${displayDay(visit.visitOn)}${visit.purpose ? `: ${visit.purpose}` : ""}`;

/** The centre admin's EV access: grant, every grant with its state, and the access log. */
export async function AdminAccessView({ access }: { access: AccessContext }) {
  const now = new Date();
  const [grants, log, options] = await orNotFound(
    Promise.all([
      listExternalVerifierGrants(access, now),
      listExternalVerifierAccessLog(access),
      externalVerifierGrantOptions(access, now),
    ]),
  );
  return (
    <>
      <PageHeader
        title="External verifier access"
        description={`Give an external verifier read-only access to the candidates chosen for their visit to ${access.workspace.name}, until a last day. They see only those candidates, nothing else; every page they open and file they download is logged below.`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Grant access">
          {options.verifiers.length === 0 ? (
            <p>
              No external verifier is a member of the centre. Add them on{" "}
              <Link className={linkClass} href="/staff/new">
                Staff
              </Link>{" "}
              with the role External verifier, then grant them access here.
            </p>
          ) : (
            <GrantAccessForm
              workspaceKey={access.workspace.key}
              today={isoDay(now)}
              verifiers={options.verifiers.map((v) => ({
                id: v.id,
                label: `${v.name} (${v.email})${v.accessEndsOn ? `, member until ${displayDay(new Date(v.accessEndsOn))}` : ""}`,
              }))}
              visits={options.visits.map((visit) => ({
                id: visit.id,
                label: `${visitLabel(visit)}${visit.externalVerifierName ? ` (${visit.externalVerifierName})` : ""}`,
              }))}
              candidates={options.candidates.map((c) => ({
                id: c.id,
                label: `${c.name}, ${c.qualification}${c.status === "ACTIVE" ? "" : ` (${c.status === "WITHDRAWN" ? "withdrawn" : "completed"})`}`,
              }))}
            />
          )}
        </Card>

        <section aria-labelledby="grants-heading" className="flex flex-col gap-3">
          <h2 id="grants-heading" className="text-lg font-semibold">
            Grants
          </h2>
          {grants.length === 0 ? (
            <p>No access has been granted yet.</p>
          ) : (
            <Table caption={`External verifier access granted at ${access.workspace.name}, newest first`} captionHidden>
              <THead>
                <TR>
                  <TH>Verifier</TH>
                  <TH>Candidates</TH>
                  <TH>Visit</TH>
                  <TH>Last day</TH>
                  <TH>Status</TH>
                  <TH>Granted</TH>
                  <TH>
                    <span className="sr-only">Revoke</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {grants.map((grant) => (
                  <TR key={grant.id}>
                    <TD className="font-semibold">{grant.externalVerifier}</TD>
                    <TD>
                      <ul className="flex flex-col gap-1">
                        {grant.candidates.map((candidate) => (
                          <li key={candidate.id}>
                            <Link className={linkClass} href={`/candidates/${candidate.id}`}>
                              {candidate.name}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </TD>
                    <TD>{grant.visit ? visitLabel(grant.visit) : "None"}</TD>
                    <TD className="whitespace-nowrap">{displayDay(grant.expiresOn)}</TD>
                    <TD>
                      <Badge tone={grantStateTones[grant.state]}>{grantStateLabels[grant.state]}</Badge>
                      {grant.revokedAt && (
                        <p className="mt-1 text-sm">
                          {displayDay(grant.revokedAt)} by {grant.revokedBy}
                        </p>
                      )}
                    </TD>
                    <TD className="text-sm">
                      {displayDay(grant.grantedAt)} by {grant.grantedBy}
                    </TD>
                    <TD>
                      {grant.state === "working" && (
                        <RevokeAccessButton
                          workspaceKey={access.workspace.key}
                          accessId={grant.id}
                          version={grant.version}
                          name={`${grant.externalVerifier}'s access until ${displayDay(grant.expiresOn)}`}
                        />
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </section>

        <section aria-labelledby="log-heading" className="flex flex-col gap-3">
          <h2 id="log-heading" className="text-lg font-semibold">
            Access log
          </h2>
          <p className="text-ink-muted">
            {log.total === 0
              ? "No external verifier has opened a candidate's record yet."
              : log.total > logEntriesShown
                ? `The latest ${logEntriesShown} of ${log.total} entries, newest first.`
                : `${log.total} ${log.total === 1 ? "entry" : "entries"}, newest first.`}
          </p>
          {log.entries.length > 0 && (
            <Table caption={`What external verifiers opened and downloaded at ${access.workspace.name}`} captionHidden>
              <THead>
                <TR>
                  <TH>When</TH>
                  <TH>Who</TH>
                  <TH>Candidate</TH>
                  <TH>What</TH>
                </TR>
              </THead>
              <TBody>
                {log.entries.map((entry) => (
                  <TR key={entry.id}>
                    <TD className="whitespace-nowrap">
                      <time dateTime={entry.at.toISOString()}>{timeFormat.format(entry.at)}</time>
                    </TD>
                    <TD>{entry.who}</TD>
                    <TD>{entry.candidate ?? "None"}</TD>
                    <TD>
                      {accessActionLabels[entry.action]}: {entry.what}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
