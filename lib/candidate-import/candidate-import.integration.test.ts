import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { captureEmailInThisFile } from "@/tests/support/smtp-capture";
import { fixCandidateImportRow } from "./fix-candidate-import-row";
import { guessMapping } from "./guess-mapping";
import { importCandidates, importStepRows } from "./import-candidates";
import { previewCandidateImport } from "./preview-candidate-import";
import { getCandidateImport } from "./queries";
import { readCsv } from "./read-csv";

const db = () => getPrisma();
const smtp = captureEmailInThisFile();
const now = new Date("2026-09-01T10:00:00Z");
const asAdminA = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);
const asAdminB = (world: AssessmentWorld) => world.actor(world.adminB.user.id, world.centreB.id);

const header = "Name,Email,DOB,ULN,Funded,Qualification,Full award,Units,Start date,Assessor email";

/** A CSV row for the world's qualification; `over` replaces cells by header. */
function line(world: AssessmentWorld, over: Partial<Record<string, string>> = {}) {
  const cells: Record<string, string> = {
    Name: "Priya Shah",
    Email: "priya.shah@test.example",
    DOB: "15/06/2001",
    ULN: "1234567899",
    Funded: "yes",
    Qualification: world.qualification.qualificationNumber,
    "Full award": "yes",
    Units: "",
    "Start date": "2026-09-01",
    "Assessor email": world.assessorA.user.email,
    ...over,
  };
  return header
    .split(",")
    .map((name) => (/[",]/.test(cells[name]!) ? `"${cells[name]!.replace(/"/g, '""')}"` : cells[name]))
    .join(",");
}

function stream(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      // In small pieces, as a network upload arrives.
      for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
      controller.close();
    },
  });
}

async function preview(world: AssessmentWorld, lines: string[], actor = asAdminA(world)) {
  const csv = await readCsv(stream([header, ...lines].join("\r\n")));
  const result = await runAction(
    previewCandidateImport,
    actor,
    { fileName: "intake.csv", fileSha256: csv.sha256, headers: csv.headers, mapping: guessMapping(csv.headers), rows: csv.rows },
    { now },
  );
  if (!result.ok) throw new Error(`preview refused: ${result.message}`);
  return result.data;
}

async function rowsOf(importId: string) {
  return db().candidateImportRow.findMany({ where: { importId }, orderBy: { lineNumber: "asc" } });
}

async function importAll(world: AssessmentWorld, importId: string, rows: "ALL" | "VALID_ONLY" = "ALL", actor = asAdminA(world)) {
  let version = (await db().candidateImport.findUniqueOrThrow({ where: { id: importId } })).version;
  for (;;) {
    const result = await runAction(importCandidates, actor, { importId, version, rows }, { now });
    if (!result.ok || result.data.finished) return result;
    version = result.data.version;
  }
}

const candidatesAt = (world: AssessmentWorld) => db().candidate.count({ where: { centreId: world.centreA.id } });

describe("importing candidates from a CSV", () => {
  it("a good file: every row is ready, then registered with an invitation each; one audit entry with the counts", async () => {
    const world = await createAssessmentWorld();
    const before = await candidatesAt(world);
    const checked = await preview(world, [
      line(world),
      line(world, {
        Name: "Tom Reid",
        Email: "tom.reid@test.example",
        ULN: "",
        "Full award": "",
        Units: world.unitA.urn,
        "Assessor email": "",
      }),
    ]);
    expect(checked).toMatchObject({ rows: 2, valid: 2, withProblems: 0, alreadyRegistered: 0 });
    expect(await candidatesAt(world)).toBe(before);

    const imported = await importAll(world, checked.importId);
    expect(imported).toMatchObject({
      ok: true,
      data: { finished: true, registered: 2, totals: { imported: 2, alreadyRegistered: 0, leftOut: 0 } },
    });
    const registered = await db().candidate.findMany({
      where: { centreId: world.centreA.id, email: { in: ["priya.shah@test.example", "tom.reid@test.example"] } },
      orderBy: { name: "asc" },
    });
    expect(registered).toMatchObject([
      { name: "Priya Shah", uln: "1234567899", publiclyFunded: true, entryType: "FULL_AWARD", assessorUserId: world.assessorA.user.id },
      { name: "Tom Reid", uln: null, entryType: "UNITS", entryUnitIds: [world.unitA.id], assessorUserId: null },
    ]);
    expect(registered[0]!.dateOfBirth.toISOString().slice(0, 10)).toBe("2001-06-15");
    expect(registered.every((candidate) => candidate.invitationId !== null)).toBe(true);
    await smtp.nextTo("priya.shah@test.example");
    await smtp.nextTo("tom.reid@test.example");
    expect((await rowsOf(checked.importId)).map((row) => [row.lineNumber, row.status])).toEqual([
      [2, "IMPORTED"],
      [3, "IMPORTED"],
    ]);
    const audits = await db().auditEvent.findMany({ where: { centreId: world.centreA.id, action: "candidateImport.import" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.summary).toMatchObject({ fileName: "intake.csv", registered: 2, finished: true, totals: { imported: 2 } });
  });

  it("a bad file: each row's problem by line and field, and nothing is imported while any row has one", async () => {
    const world = await createAssessmentWorld();
    // Sam (an assessor here) declared a conflict with the whole centre: he may assess nobody at it.
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.shared.user.id,
        subject: "CENTRE",
        relationship: "EMPLOYER",
        declaredOn: new Date("2026-01-01"),
      },
    });
    const before = await candidatesAt(world);
    const checked = await preview(world, [
      line(world, { ULN: "1234567890" }),
      line(world, { Email: "young@test.example", DOB: "2012-01-01", ULN: "" }),
      line(world, { Email: "both@test.example", ULN: "", Units: world.unitA.urn }),
      line(world, { Email: "nobody@test.example", ULN: "", "Assessor email": "ghost@test.example" }),
      line(world, { Email: "conflicted@test.example", ULN: "", "Assessor email": world.shared.user.email }),
      line(world, { Email: "unknownq@test.example", ULN: "", Qualification: "999/9999/9" }),
      line(world, { Email: "baddate@test.example", ULN: "", "Start date": "31/02/2026" }),
      line(world, { Email: "noname@test.example", ULN: "", Name: "" }),
    ]);
    expect(checked).toMatchObject({ rows: 8, valid: 0, withProblems: 8 });
    const problems = (await rowsOf(checked.importId)).map((row) => [row.lineNumber, row.problems]);
    expect(problems).toEqual([
      [2, [{ field: "uln", reason: expect.stringContaining("check digit does not match") }]],
      [3, [{ field: "dateOfBirth", reason: expect.stringContaining("is 14 on the entry date (2026-09-01)") }]],
      [4, [{ field: "fullAward", reason: expect.stringContaining("full award or for individual units, not both") }]],
      [5, [{ field: "assessorEmail", reason: "No active assessor at this centre has the email ghost@test.example." }]],
      [6, [{ field: "assessorEmail", reason: expect.stringContaining("Sam Shared declared on 2026-01-01 a conflict of interest") }]],
      [7, [{ field: "qualificationNumber", reason: expect.stringContaining('No qualification "999/9999/9"') }]],
      [8, [{ field: "startDate", reason: expect.stringContaining("Not a real date") }]],
      [9, [{ field: "name", reason: "Missing: give the full name." }]],
    ]);
    const refused = await importAll(world, checked.importId);
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringContaining("8 rows have problems") });
    expect(await candidatesAt(world)).toBe(before);
    expect(await db().candidateImport.findUniqueOrThrow({ where: { id: checked.importId } })).toMatchObject({ status: "PREVIEW" });
  });

  it("a cell over 2,000 characters is its row's problem by line and field; a long cell in an unmapped column is ignored", async () => {
    const world = await createAssessmentWorld();
    const text = [
      `${header},Employer,Notes`,
      `${line(world)},${"E".repeat(3000)},`,
      `${line(world, { Email: "other@test.example", ULN: "" })},Acme Care,${"n".repeat(3000)}`,
    ].join("\r\n");
    const csv = await readCsv(stream(text));
    const mapping = guessMapping(csv.headers);
    expect(mapping.employer).toBe("Employer");
    expect(Object.values(mapping)).not.toContain("Notes");
    const result = await runAction(
      previewCandidateImport,
      asAdminA(world),
      { fileName: "long.csv", fileSha256: csv.sha256, headers: csv.headers, mapping, rows: csv.rows },
      { now },
    );
    expect(result).toMatchObject({ ok: true, data: { rows: 2, valid: 1, withProblems: 1 } });
    if (!result.ok) return;
    const rows = await rowsOf(result.data.importId);
    expect(rows.map((row) => [row.lineNumber, row.status, row.problems])).toEqual([
      [2, "INVALID", [{ field: "employer", reason: "Use at most 2,000 characters in a cell." }]],
      [3, "VALID", []],
    ]);
  });

  it("a mixed file: the admin imports only the valid rows; the rest are left out and counted", async () => {
    const world = await createAssessmentWorld();
    const checked = await preview(world, [
      line(world),
      line(world, { Email: "bad@test.example", ULN: "12345" }),
      line(world, { Email: "x@test.example", ULN: "", Name: "Xena Ward" }),
    ]);
    expect(checked).toMatchObject({ valid: 2, withProblems: 1 });
    expect(await importAll(world, checked.importId, "ALL")).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const imported = await importAll(world, checked.importId, "VALID_ONLY");
    expect(imported).toMatchObject({ ok: true, data: { finished: true, totals: { imported: 2, alreadyRegistered: 0, leftOut: 1 } } });
    expect((await rowsOf(checked.importId)).map((row) => row.status)).toEqual(["IMPORTED", "INVALID", "IMPORTED"]);
    expect(await db().candidate.count({ where: { centreId: world.centreA.id, email: "bad@test.example" } })).toBe(0);
  });

  it("re-importing the same file registers nobody twice: its rows are already registered, and the file is recognised", async () => {
    const world = await createAssessmentWorld();
    const lines = [line(world), line(world, { Email: "tom.reid@test.example", ULN: "", Name: "Tom Reid" })];
    const first = await preview(world, lines);
    await importAll(world, first.importId);
    const count = await candidatesAt(world);

    const again = await preview(world, lines);
    expect(again).toMatchObject({ valid: 0, alreadyRegistered: 2 });
    // The same person by ULN (a new email) or by email and date of birth (no ULN) is recognised too.
    const samePeople = await preview(world, [
      line(world, { Email: "priya.new@test.example" }),
      line(world, { Email: "TOM.REID@test.example", ULN: "", Name: "Thomas Reid" }),
    ]);
    expect(samePeople).toMatchObject({ valid: 0, alreadyRegistered: 2 });
    const view = await getCandidateImport(
      (await resolveAccessContext(db(), { userId: world.adminA.user.id, requestedWorkspaceKey: workspaceKey.centre(world.centreA.id) }))!,
      again.importId,
    );
    expect(view.sameFileBefore?.id).toBe(first.importId);
    expect(view.counts).toMatchObject({ valid: 0, alreadyRegistered: 2 });
    expect(await candidatesAt(world)).toBe(count);
    // The same person twice in one file: the second line is refused.
    const twice = await preview(world, [
      line(world, { Email: "dup@test.example", ULN: "" }),
      line(world, { Email: "dup@test.example", ULN: "" }),
    ]);
    expect((await rowsOf(twice.importId)).map((row) => row.problems)).toEqual([
      [],
      [{ field: "email", reason: expect.stringContaining("same candidate as line 2") }],
    ]);
  });

  it("fixing a row in the preview checks it again; an edit from an older version is refused; then all import", async () => {
    const world = await createAssessmentWorld();
    const checked = await preview(world, [
      line(world, { ULN: "1234567890" }),
      line(world, { Email: "tom.reid@test.example", ULN: "", Name: "Tom Reid" }),
    ]);
    const bad = (await rowsOf(checked.importId))[0]!;
    const values = { ...(bad.values as Record<string, string>) };
    const stillBad = await runAction(
      fixCandidateImportRow,
      asAdminA(world),
      { importId: checked.importId, rowId: bad.id, version: bad.version, values: { ...values, uln: "1234567891" } },
      { now },
    );
    expect(stillBad).toMatchObject({ ok: true, data: { status: "INVALID", problems: [{ field: "uln" }] } });
    const stale = await runAction(
      fixCandidateImportRow,
      asAdminA(world),
      { importId: checked.importId, rowId: bad.id, version: bad.version, values: { ...values, uln: "1234567899" } },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const fixed = await runAction(
      fixCandidateImportRow,
      asAdminA(world),
      { importId: checked.importId, rowId: bad.id, version: bad.version + 1, values: { ...values, uln: "1234 567 899" } },
      { now },
    );
    expect(fixed).toMatchObject({ ok: true, data: { status: "VALID", problems: [] } });
    expect(await importAll(world, checked.importId)).toMatchObject({ ok: true, data: { totals: { imported: 2, leftOut: 0 } } });
    expect(await db().candidate.findFirst({ where: { centreId: world.centreA.id, email: "priya.shah@test.example" } })).toMatchObject({
      uln: "1234567899",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "candidateImport.fixRow" },
      orderBy: { sequence: "desc" },
    });
    expect(audit.summary).toMatchObject({ line: 2, changedFields: ["uln"], before: { status: "INVALID" }, after: { status: "VALID" } });
  });

  it("two imports of the same people at once take turns: each person is registered once", async () => {
    const world = await createAssessmentWorld();
    const lines = Array.from({ length: 6 }, (_, index) =>
      line(world, { Name: `Person ${index}`, Email: `person.${index}@test.example`, ULN: "", "Assessor email": "" }),
    );
    const first = await preview(world, lines);
    const second = await preview(world, lines);
    const results = await Promise.all([importAll(world, first.importId), importAll(world, second.importId)]);
    expect(results.every((result) => result.ok)).toBe(true);
    const registered = await db().candidate.findMany({ where: { centreId: world.centreA.id, email: { startsWith: "person." } } });
    expect(registered).toHaveLength(6);
    const statuses = [...(await rowsOf(first.importId)), ...(await rowsOf(second.importId))].map((row) => row.status);
    expect(statuses.filter((status) => status === "IMPORTED")).toHaveLength(6);
    expect(statuses.filter((status) => status === "ALREADY_REGISTERED")).toHaveLength(6);
  });

  it("imports a file larger than one step, in steps", async () => {
    const world = await createAssessmentWorld();
    const lines = Array.from({ length: importStepRows + 3 }, (_, index) =>
      line(world, { Name: `Learner ${index}`, Email: `learner.${index}@test.example`, ULN: "", "Assessor email": "" }),
    );
    const checked = await preview(world, lines);
    const first = await runAction(importCandidates, asAdminA(world), { importId: checked.importId, version: 1, rows: "ALL" }, { now });
    expect(first).toMatchObject({ ok: true, data: { registered: importStepRows, remaining: 3, finished: false } });
    const rest = await importAll(world, checked.importId);
    expect(rest).toMatchObject({ ok: true, data: { registered: 3, finished: true, totals: { imported: importStepRows + 3 } } });
  });

  it("another centre's import is not found, exactly like a missing one, and nothing changes", async () => {
    const world = await createAssessmentWorld();
    const checked = await preview(world, [line(world, { ULN: "1234567890" })]);
    const row = (await rowsOf(checked.importId))[0]!;
    const missing = "00000000-0000-4000-8000-000000000000";
    const foreign = await runAction(
      importCandidates,
      asAdminB(world),
      { importId: checked.importId, version: 1, rows: "VALID_ONLY" },
      { now },
    );
    const absent = await runAction(importCandidates, asAdminB(world), { importId: missing, version: 1, rows: "VALID_ONLY" }, { now });
    expect(foreign).toEqual(absent);
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const fix = await runAction(
      fixCandidateImportRow,
      asAdminB(world),
      { importId: checked.importId, rowId: row.id, version: 1, values: { ...(row.values as Record<string, string>), uln: "" } },
      { now },
    );
    expect(fix).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const accessB = (await resolveAccessContext(db(), {
      userId: world.adminB.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreB.id),
    }))!;
    await expect(getCandidateImport(accessB, checked.importId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().candidateImportRow.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ version: 1, status: "INVALID" });
    // An assessor (no candidateImport.manage) cannot check a file.
    const assessor = await createUser("Ann Other");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: assessor.id, role: "ASSESSOR" } });
    const csv = await readCsv(stream([header, line(world)].join("\n")));
    const refused = await runAction(
      previewCandidateImport,
      world.actor(assessor.id, world.centreA.id),
      { fileName: "x.csv", fileSha256: csv.sha256, headers: csv.headers, mapping: guessMapping(csv.headers), rows: csv.rows },
      { now },
    );
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
