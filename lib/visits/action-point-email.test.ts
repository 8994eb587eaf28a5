import { describe, expect, it } from "vitest";
import { actionPointEmail } from "./action-point-email";

describe("the action point email", () => {
  const email = actionPointEmail({
    ownerName: "Daniel Hughes",
    centreName: "Northgate College",
    kindLabel: "Action point",
    description: "Sample unit 3 <for every assessor>.",
    dueOn: new Date("2026-07-01T00:00:00Z"),
    visitOn: new Date("2026-04-20T00:00:00Z"),
    externalVerifierName: "Eleanor Price",
    setBy: "Priya Shah",
    link: "http://localhost:3000/visits/abc",
  });

  it("tells the owner what, by when, from which visit, and links to the visit", () => {
    expect(email.subject).toBe("Northgate College: an external verifier's action point for you, due 1 July 2026");
    expect(email.text).toContain(
      "Priya Shah has made you the owner of this action point from the external verifier's visit on 20 April 2026 (Eleanor Price)",
    );
    expect(email.text).toContain("Sample unit 3 <for every assessor>.");
    expect(email.text).toContain("http://localhost:3000/visits/abc");
  });

  it("escapes the description in HTML", () => {
    expect(email.html).toContain("Sample unit 3 &lt;for every assessor&gt;.");
    expect(email.html).not.toContain("<for every assessor>");
  });
});
