import { describe, expect, it } from "vitest";
import { joinedSinceVisit, visitFlagLabels } from "./visit-flags";

describe("joinedSinceVisit", () => {
  const visitOn = new Date("2026-05-12T00:00:00Z");
  it("counts everyone as new when there has been no completed visit", () => {
    expect(joinedSinceVisit(new Date("2019-01-01T09:00:00Z"), null)).toBe(true);
  });
  it("is new only when they joined after the visit day", () => {
    expect(joinedSinceVisit(new Date("2026-05-11T16:00:00Z"), visitOn)).toBe(false);
    expect(joinedSinceVisit(new Date("2026-05-12T15:00:00Z"), visitOn)).toBe(false);
    expect(joinedSinceVisit(new Date("2026-05-13T00:00:00Z"), visitOn)).toBe(true);
  });
});

describe("visitFlagLabels", () => {
  it("names each thing the visit needs, and nothing for someone ready", () => {
    expect(
      visitFlagLabels({ newSinceVisit: false, missingCertificates: [], cpd: { status: "compliant" }, hasSampleSignature: true }),
    ).toEqual([]);
    expect(
      visitFlagLabels({
        newSinceVisit: true,
        missingCertificates: ["A1", "V1"],
        cpd: { status: "nonCompliant" },
        hasSampleSignature: false,
      }).map((flag) => flag.label),
    ).toEqual(["New since the last visit", "Certificate missing: A1, V1", "CPD non-compliant", "No sample signature"]);
    expect(visitFlagLabels({ newSinceVisit: false, missingCertificates: [], cpd: { status: "atRisk" }, hasSampleSignature: true })).toEqual(
      [{ key: "cpd", label: "CPD at risk", tone: "warning" }],
    );
  });
  it("flags an approval the awarding body withdrew, removed or ended first, in red; one under review in amber; an approved one not at all", () => {
    const ready = { newSinceVisit: false, missingCertificates: [], cpd: null, hasSampleSignature: true };
    expect(visitFlagLabels(ready, { stateLabel: "Withdrawn", ended: true, tone: "danger" })).toEqual([
      { key: "approval", label: "Approval: Withdrawn", tone: "danger" },
    ]);
    expect(
      visitFlagLabels({ ...ready, hasSampleSignature: false }, { stateLabel: "Removed", ended: true, tone: "danger" }).map((f) => f.label),
    ).toEqual(["Approval: Removed", "No sample signature"]);
    expect(visitFlagLabels(ready, { stateLabel: "Supporting review", ended: false, tone: "warning" })).toEqual([
      { key: "approval", label: "Approval: Supporting review", tone: "warning" },
    ]);
    expect(visitFlagLabels(ready, { stateLabel: "Single sign-off", ended: false, tone: "success" })).toEqual([]);
  });
});
