import { describe, expect, it } from "vitest";
import { noResponseRefusal, unansweredLetter, type ReviewLetter } from "./supporting-review-correspondence";

const letter = (sentOn: string, responseDueOn: string | null): ReviewLetter => ({ direction: "toAssessor", sentOn, responseDueOn });
const reply = (sentOn: string): ReviewLetter => ({ direction: "fromAssessor", sentOn, responseDueOn: null });

describe("unanswered breach correspondence", () => {
  it("needs a letter to the assessor with a response due date", () => {
    expect(unansweredLetter([], "2026-05-01")).toBeNull();
    expect(noResponseRefusal([], "2026-05-01")).toMatch(/until a letter to the assessor/);
    expect(unansweredLetter([letter("2026-03-01", null)], "2026-05-01")).toBeNull();
  });

  it("is not unanswered before or on the due date", () => {
    const letters = [letter("2026-03-01", "2026-03-15")];
    expect(unansweredLetter(letters, "2026-03-15")).toBeNull();
    expect(noResponseRefusal(letters, "2026-03-15")).toBe("The assessor's response is not yet overdue: it is due by 2026-03-15.");
    expect(unansweredLetter(letters, "2026-03-16")).toEqual({ sentOn: "2026-03-01", responseDueOn: "2026-03-15" });
    expect(noResponseRefusal(letters, "2026-03-16")).toBeNull();
  });

  it("a reply on or after the letter answers it, even a late one; a reply before it does not", () => {
    expect(unansweredLetter([letter("2026-03-01", "2026-03-15"), reply("2026-03-20")], "2026-04-01")).toBeNull();
    expect(noResponseRefusal([letter("2026-03-01", "2026-03-15"), reply("2026-03-01")], "2026-04-01")).toMatch(/replied to every letter/);
    expect(unansweredLetter([reply("2026-02-20"), letter("2026-03-01", "2026-03-15")], "2026-04-01")).toEqual({
      sentOn: "2026-03-01",
      responseDueOn: "2026-03-15",
    });
  });

  it("a second letter after a reply can go unanswered; the earliest unanswered is named", () => {
    const letters = [
      letter("2026-01-01", "2026-01-15"),
      reply("2026-01-10"),
      letter("2026-02-01", "2026-02-15"),
      letter("2026-02-20", "2026-03-01"),
    ];
    expect(unansweredLetter(letters, "2026-03-10")).toEqual({ sentOn: "2026-02-01", responseDueOn: "2026-02-15" });
  });
});
