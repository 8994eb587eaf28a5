import { describe, expect, it } from "vitest";
import { auditActionLabel, auditSummaryLines } from "./describe-audit-event";

describe("audit entries in words", () => {
  it("names known actions and shows unknown ones as they are", () => {
    expect(auditActionLabel("staff.changeRole")).toBe("Changed a role");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });

  it("shows only what changed, with role names", () => {
    expect(
      auditSummaryLines({
        person: "zara@x.example",
        before: { role: "ASSESSOR", isHeadOfCentre: false, expiresOn: null },
        after: { role: "IQA", isHeadOfCentre: false, expiresOn: null },
      }),
    ).toEqual(["person: zara@x.example", "role: Assessor → Internal quality assurer (IQA)"]);
  });

  it("lists an addition's facts", () => {
    expect(
      auditSummaryLines({ after: { name: "Zara", role: "EXTERNAL_VERIFIER", expiresOn: "2027-01-31T00:00:00.000Z" }, newAccount: true }),
    ).toEqual(["new account: yes", "name: Zara", "role: External verifier", "access ends: 2027-01-31"]);
  });

  it("copes with summaries that are not objects", () => {
    expect(auditSummaryLines(null)).toEqual([]);
    expect(auditSummaryLines([1, 2])).toEqual([]);
  });

  it("shows a withheld summary as its one sentence", () => {
    expect(auditSummaryLines("Confidential: only the head of centre sees the details.")).toEqual([
      "Confidential: only the head of centre sees the details.",
    ]);
    expect(auditSummaryLines("")).toEqual([]);
  });
});
