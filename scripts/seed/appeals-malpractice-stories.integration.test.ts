import { beforeAll, describe, expect, it } from "vitest";
import { openCasesFor } from "@/lib/appeals/open-cases";
import { appealRegister } from "@/lib/appeals/queries";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { listMalpracticeCases, getMalpracticeCase } from "@/lib/malpractice/queries";
import { loadDemoWorld } from "./load-demo-world";

// Issue 10's demo data: the appeals register at Riverside and a malpractice case at Northgate.

const db = () => getPrisma();
const accessOf = async (email: string) => {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const membership = await db().membership.findFirstOrThrow({
    where: { userId: user.id, role: "CENTRE_ADMIN" },
    select: { centreId: true },
  });
  return (await resolveAccessContext(db(), { userId: user.id, requestedWorkspaceKey: workspaceKey.centre(membership.centreId) }))!;
};

beforeAll(async () => {
  expect(await loadDemoWorld({ onlyIfEmpty: true })).toBe("loaded");
}, 180_000);

describe("demo appeals and malpractice", () => {
  it("Riverside's register: Olivia Green's appeal under review, another decided not upheld by the IQA", async () => {
    const tom = await accessOf("tom.barker@riverside.example");
    const open = await appealRegister(tom, "open");
    expect(open.map((appeal) => [appeal.candidate.name, appeal.status])).toEqual([["Olivia Green", "UNDER_REVIEW"]]);
    const decided = await appealRegister(tom, "decided");
    expect(decided.map((appeal) => [appeal.status, appeal.decidedBy?.name])).toEqual([["NOT_UPHELD", "Ravi Kapoor"]]);
    expect(decided[0]!.unitDecision!.assessor.name).not.toBe("Ravi Kapoor");
    expect(
      await openCasesFor(db(), {
        centreId: tom.workspace.kind === "centre" ? tom.workspace.centreId : "",
        candidateId: open[0]!.candidate.id,
      }),
    ).toEqual(["appeal"]);
  });

  it("Northgate: Priya Shah's case about Mohammed Ali is under investigation, reported, with three notes; Tom sees no case", async () => {
    const priya = await accessOf("priya.shah@northgate.example");
    const cases = await listMalpracticeCases(priya, "open");
    expect(cases.map((row) => [row.candidate?.name, row._count.notes, row.reportedToAwardingBodyOn !== null])).toEqual([
      ["Mohammed Ali", 3, true],
    ]);
    const found = await getMalpracticeCase(priya, cases[0]!.id);
    expect(found.notes.map((note) => note.author.name)).toEqual(["Priya Shah", "Priya Shah", "Priya Shah"]);
    const centreId = priya.workspace.kind === "centre" ? priya.workspace.centreId : "";
    expect(await openCasesFor(db(), { centreId, candidateId: cases[0]!.candidate!.id })).toEqual(["malpractice"]);
    const tom = await accessOf("tom.barker@riverside.example");
    expect(await listMalpracticeCases(tom, "all")).toEqual([]);
  });
});
