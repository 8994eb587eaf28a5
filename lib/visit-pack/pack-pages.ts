import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { currentSampleSignatures } from "@/lib/sample-signatures/queries";
import type { CompletedVisit } from "@/lib/visits/queries";
import { escapeHtml, link, page, table } from "./html";

// The pack's pages other than candidate records: the sample signature list (RD02), the last EV
// report with the evidence that its action points were met, the DCS claims since the last visit
// and the assessment team's new members with their documents.

type Db = PrismaClient | Prisma.TransactionClient;

export type TeamMember = { userId: string; name: string; roles: string[]; joinedAt: Date; newSinceVisit: boolean };

export async function sampleSignaturesPage(db: Db, team: TeamMember[]): Promise<string> {
  const signatures = await currentSampleSignatures(
    db,
    team.map((m) => m.userId),
  );
  const rows = team.map((member) => {
    const signature = signatures.get(member.userId);
    const shown = !signature
      ? "No sample signature recorded"
      : signature.path
        ? `<svg viewBox="0 0 600 200" width="240" height="80" role="img" aria-label="${escapeHtml(`Signature of ${member.name}`)}"><path d="${escapeHtml(signature.path)}" fill="none" stroke="#000" stroke-width="3"/></svg>`
        : escapeHtml(signature.typedName ?? "");
    return [member.name, member.roles.join(", "), { html: shown }, signature?.signedOn ?? null];
  });
  return page(
    "Sample signature list",
    table(
      "Sample signatures of the centre's assessors and internal quality assurance staff",
      ["Name", "Role", "Signature", "Signed on"],
      rows,
    ),
    { up: "" },
  );
}

export function lastVisitReportPage(last: CompletedVisit): string {
  const body = [
    `<p>Visit on ${escapeHtml(isoDay(last.visitOn))}${last.externalVerifierName ? ` by ${escapeHtml(last.externalVerifierName)}` : ""}${last.purpose ? `: ${escapeHtml(last.purpose)}` : ""}.</p>`,
    "<h2>Report</h2>",
    `<p>${escapeHtml(last.reportSummary ?? "No report summary was recorded.")}</p>`,
    `<p>Report recorded on ${escapeHtml(last.reportRecordedOn ? isoDay(last.reportRecordedOn) : "—")}.</p>`,
    `<p>Sanctions: ${escapeHtml(last.sanctions ?? "none")}.</p>`,
    `<p>Direct Claims Status recommendation: ${escapeHtml(last.dcsRecommendation ?? "none")}.</p>`,
    "<h2>Action points and recommendations, and the evidence they were met</h2>",
    table(
      "Action points and recommendations from the last visit",
      ["Kind", "What", "Owner", "Due", "Status", "Completed on", "Evidence it was met"],
      last.actionPoints.map((a) => [
        a.kind === "ACTION_POINT" ? "Action point" : "Recommendation",
        a.description,
        a.owner.name,
        isoDay(a.dueOn),
        a.status === "COMPLETED" ? "Completed" : "Open",
        a.completedOn ? isoDay(a.completedOn) : null,
        a.completionEvidence,
      ]),
    ),
  ].join("\n");
  return page("The external verifier's last visit report", body, { up: "" });
}

export function directClaimsPage(
  since: Date | null,
  rows: { candidate: string; folder: string; claim: string; claimedOn: string; reference: string; provisional: boolean }[],
): string {
  const intro = since
    ? `<p>Certificates claimed under Direct Claims Status since the last visit on ${escapeHtml(isoDay(since))}.</p>`
    : "<p>Certificates claimed under Direct Claims Status (there has been no visit before).</p>";
  return page(
    "Direct Claims Status claims since the last visit",
    intro +
      table(
        "Claims under Direct Claims Status",
        ["Candidate", "Claim", "Claimed on", "Batch", "Status"],
        rows.map((r) => [
          { html: link(`${r.folder}/record.html`, r.candidate) },
          r.claim,
          r.claimedOn,
          r.reference,
          r.provisional ? "Provisional: to confirm at this visit" : "Confirmed",
        ]),
      ),
    { up: "" },
  );
}

export function teamPage(
  lastVisitOn: Date | null,
  members: (TeamMember & {
    files: { path: string; label: string }[];
    training: { on: string; description: string; hours: string | null }[];
  })[],
): string {
  const body = members
    .map((m) =>
      [
        `<h2>${escapeHtml(m.name)}</h2>`,
        `<p>${escapeHtml(m.roles.join(", "))}; joined the team on ${escapeHtml(isoDay(m.joinedAt))}${m.newSinceVisit ? " (new since the last visit)" : ""}.</p>`,
        m.files.length
          ? `<ul>${m.files.map((f) => `<li>${link(f.path, f.label)}</li>`).join("")}</ul>`
          : "<p>No CV, certificates or training documents on their record.</p>",
        table(
          `Training and CPD of ${m.name}`,
          ["Date", "Activity", "Hours"],
          m.training.map((t) => [t.on, t.description, t.hours]),
        ),
      ].join("\n"),
    )
    .join("\n");
  const intro = lastVisitOn
    ? `<p>New members of the assessment team since the last visit on ${escapeHtml(isoDay(lastVisitOn))}, and documents others have added or updated since.</p>`
    : "<p>Every member of the assessment team (there has been no visit before).</p>";
  return page("Training, CVs and certificates of the assessment team", intro + (body || "<p>No new members or updated documents.</p>"), {
    up: "",
  });
}
