import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CandidateLink } from "@/app/(app)/caseload/candidate-link";

const candidateId = "11111111-1111-4111-8111-111111111111";
const unitId = "22222222-2222-4222-8222-222222222222";
const alpha = { id: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", name: "Alpha College", key: "centre:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa" };

describe("a link to a candidate from the caseload", () => {
  it("is a plain link in the centre being worked in", () => {
    const html = renderToStaticMarkup(h(CandidateLink, { candidateId, unitId, centre: alpha, activeCentreId: alpha.id, children: "Cara" }));
    expect(html).toContain(`href="/candidates/${candidateId}/units/${unitId}"`);
    expect(html).not.toContain("<form");
  });

  it("in another of the person's centres, posts the centre switch first and says so", () => {
    const html = renderToStaticMarkup(h(CandidateLink, { candidateId, centre: alpha, activeCentreId: "b", children: "Cara" }));
    expect(html).toContain("<form");
    expect(html).toContain(`name="workspaceKey" value="${alpha.key}"`);
    expect(html).toContain(`name="candidateId" value="${candidateId}"`);
    expect(html).not.toContain('name="unitId"');
    expect(html).toContain("(switches to Alpha College)");
  });
});
