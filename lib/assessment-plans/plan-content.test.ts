import { describe, expect, it } from "vitest";
import { contentSha256 } from "@/lib/signatures/canonical";
import { planContent, readPlanContent } from "./plan-content";
import { createAssessmentPlanSchema } from "./schemas";

const plan = {
  title: "Complaints",
  activities: "Observe two calls",
  methods: ["OBSERVATION" as const],
  evidenceSources: "Call logs",
  unitIds: ["u2", "u1"],
  plannedOn: new Date("2026-04-01T00:00:00Z"),
  reviewOn: null,
  place: null,
  peopleInvolved: "Wendy",
};
const units = [
  { id: "u1", urn: "A/1", title: "Resolve complaints" },
  { id: "u2", urn: "B/2", title: "Deliver service" },
];

describe("what a candidate confirms (RD05)", () => {
  it("names the units in the plan's order, with calendar days and blanks as empty text", () => {
    expect(planContent(plan, units)).toEqual({
      title: "Complaints",
      activities: "Observe two calls",
      methods: ["OBSERVATION"],
      evidenceSources: "Call logs",
      units: [
        { id: "u2", urn: "B/2", title: "Deliver service" },
        { id: "u1", urn: "A/1", title: "Resolve complaints" },
      ],
      plannedOn: "2026-04-01",
      reviewOn: "",
      place: "",
      peopleInvolved: "Wendy",
    });
  });

  it("hashes the same for the same plan and differently after any change", () => {
    expect(contentSha256(planContent(plan, units))).toBe(contentSha256(planContent({ ...plan }, [...units].reverse())));
    expect(contentSha256(planContent(plan, units))).not.toBe(contentSha256(planContent({ ...plan, place: "Leeds" }, units)));
  });

  it("reads back a stored version, and refuses something that is not a plan", () => {
    expect(readPlanContent(JSON.parse(JSON.stringify(planContent(plan, units))))?.title).toBe("Complaints");
    expect(readPlanContent({ rationale: "x" })).toBeNull();
    expect(readPlanContent(null)).toBeNull();
  });

  it("the plan form refuses a review before the planned date and a method twice", () => {
    const result = createAssessmentPlanSchema.safeParse({
      candidateId: "9b2f6a3e-1c1d-4d4e-8f8f-0a0b0c0d0e0f",
      title: "Plan",
      activities: "Observe",
      methods: ["OBSERVATION", "OBSERVATION"],
      evidenceSources: "Logs",
      unitIds: ["9b2f6a3e-1c1d-4d4e-8f8f-0a0b0c0d0e10"],
      plannedOn: "2026-04-10",
      reviewOn: "2026-04-01",
      place: "",
      peopleInvolved: "",
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["reviewOn", "The review date cannot be before the planned date."],
      ["methods", "Each method can be chosen once."],
    ]);
  });
});
