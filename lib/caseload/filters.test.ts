import { describe, expect, it } from "vitest";
import { caseloadHref, containsPattern, needsMeNow, parseCaseloadFilters } from "./filters";

const mine = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"];

describe("caseload filters", () => {
  it("reads the centre, 'needs me now', the name and the page from the query string", () => {
    expect(parseCaseloadFilters({ centre: mine[1], needs: "1", q: "  Cara ", page: "3" }, mine)).toEqual({
      centreId: mine[1],
      needsMe: true,
      search: "Cara",
      page: 3,
    });
  });

  it("falls back to all centres and the first page for anything unexpected", () => {
    expect(parseCaseloadFilters({ centre: "33333333-3333-4333-8333-333333333333", page: "-2" }, mine)).toEqual({
      centreId: null,
      needsMe: false,
      search: "",
      page: 1,
    });
    expect(parseCaseloadFilters({ page: "abc", needs: "yes", q: ["Ann", "Bob"] }, mine)).toMatchObject({
      page: 1,
      needsMe: false,
      search: "Ann",
    });
    expect(parseCaseloadFilters({ q: "Ca\u0000ra\u202e" }, mine).search).toBe("Cara");
    expect(parseCaseloadFilters({ q: "x".repeat(300) }, mine).search).toHaveLength(100);
  });

  it("builds links that keep the other filters", () => {
    const filters = { centreId: mine[0]!, needsMe: true, search: "Cara Smith", page: 1 };
    expect(caseloadHref(filters, { page: 2 })).toBe(`/caseload?centre=${mine[0]}&needs=1&q=Cara+Smith&page=2`);
    expect(caseloadHref({ centreId: null, needsMe: false, search: "", page: 1 })).toBe("/caseload");
  });

  it("escapes LIKE wildcards so a search for % matches only a literal %", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });

  it("needs me now: anything but a plan waiting for the candidate", () => {
    const none = { evidenceAwaitingJudgement: 0, feedbackOwed: 0, unitsReadyToSign: 0, repliesToRead: 0 };
    expect(needsMeNow(none)).toBe(false);
    expect(needsMeNow({ ...none, repliesToRead: 1 })).toBe(true);
    expect(needsMeNow({ ...none, unitsReadyToSign: 2 })).toBe(true);
  });
});
