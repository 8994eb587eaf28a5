import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Portfolio } from "./queries";
import { PortfolioSummary } from "@/app/(app)/portfolio/portfolio-summary";

const candidateId = "11111111-1111-4111-8111-111111111111";
const unit = {
  id: "22222222-2222-4222-8222-222222222222",
  urn: "L/506/2150",
  title: "Resolve complaints",
  credit: 4,
  level: 3,
  group: "A",
  unitNumber: 1,
};
const portfolio = {
  candidate: { id: candidateId, name: "Cara Candidate", status: "ACTIVE" },
  qualification: { id: "q", title: "Level 3 Diploma in Customer Service", qualificationNumber: "601/3433/1" },
  assessorName: "Alan Assessor",
  plansToConfirm: [{ id: "p1", title: "Complaints observation", plannedOn: new Date("2026-05-01") }],
  feedbackToReply: [{ id: "f1", givenAt: new Date("2026-04-02"), nextSteps: "Show escalation" }],
  declarationsToSign: [unit],
  evidence: { awaitingJudgement: 2, accepted: 3, rejected: 1 },
  units: [{ unit, summary: { total: 3, met: 3, partlyMet: 0, notYet: 0 }, achievement: { state: "notAchieved" } }],
  ruleOfCombination: {
    applies: true,
    rules: ["Every unit in Mandatory (mandatory)", "At least 7 credits in total"],
    achieved: false,
    totalCredit: 0,
    shortfalls: ["3 more credits are needed."],
    achievedUnits: [],
    unitsToComplete: [unit],
    additionalCredit: 4,
  },
} as unknown as Portfolio;

describe("the portfolio summary", () => {
  it("links each thing waiting for the candidate to the page where they do it", () => {
    const html = renderToStaticMarkup(h(PortfolioSummary, { portfolio }));
    expect(html).toContain(`href="/candidates/${candidateId}/plans/p1"`);
    expect(html).toContain(`href="/candidates/${candidateId}/feedback/f1"`);
    expect(html).toContain(`href="/candidates/${candidateId}/units/${unit.id}"`);
    expect(html).toContain(`href="/candidates/${candidateId}/evidence/new"`);
    expect(html).toContain(`href="/candidates/${candidateId}/appeals/new"`);
    expect(html).toContain("3 of 3 criteria met");
    expect(html).toContain("At least 7 credits in total");
    expect(html).toContain("L/506/2150 Resolve complaints (4 credits)");
  });

  it("says when nothing is waiting and when the candidate is entered for named units", () => {
    const html = renderToStaticMarkup(
      h(PortfolioSummary, {
        portfolio: {
          ...portfolio,
          plansToConfirm: [],
          feedbackToReply: [],
          declarationsToSign: [],
          ruleOfCombination: { ...portfolio.ruleOfCombination, applies: false },
        },
      }),
    );
    expect(html).toContain("Nothing is waiting for you right now.");
    expect(html).toContain("not the full award");
  });
});
