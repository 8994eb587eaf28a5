import { describe, expect, it } from "vitest";
import { emailField, secretField, textField, textMessages, textProblem } from "./text-fields";

const name = textField({ max: 20, required: "Enter a name." });

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);
}

describe("text fields", () => {
  it("accepts ordinary text, accents and other scripts, trimmed", () => {
    expect(name.parse("  Zoë O'Brien ")).toBe("Zoë O'Brien");
    expect(name.parse("Ngozi Ọ̀kàfọ̀")).toBe("Ngozi Ọ̀kàfọ̀");
    expect(name.parse("محمد")).toBe("محمد");
  });

  it("refuses NUL and other control characters with a message for the person", () => {
    expect(messages(name.safeParse("Priya\u0000Shah"))).toEqual([textMessages.control]);
    expect(messages(name.safeParse("Priya\u0007"))).toEqual([textMessages.control]);
    expect(messages(name.safeParse("a\nb"))).toEqual([textMessages.control]);
    expect(messages(name.safeParse("a\u0085b"))).toEqual([textMessages.control]);
  });

  it("allows new lines and tabs only in multi-line text", () => {
    const notes = textField({ max: 100, multiline: true });
    expect(notes.parse("line one\n\tline two")).toBe("line one\n\tline two");
    expect(messages(notes.safeParse("a\u0000b"))).toEqual([textMessages.control]);
  });

  it("refuses bidirectional overrides and isolates", () => {
    expect(messages(name.safeParse("abc\u202Edcba"))).toEqual([textMessages.bidi]);
    expect(messages(name.safeParse("\u2066x\u2069"))).toEqual([textMessages.bidi]);
  });

  it("refuses a name made only of invisible characters", () => {
    expect(messages(name.safeParse("\u200B\u200B"))).toEqual([textMessages.invisible]);
    expect(messages(name.safeParse("\u3164"))).toEqual([textMessages.invisible]);
    expect(name.parse("Ann\u200Be")).toBe("Ann\u200Be");
  });

  it("says when a required field is empty or a value is too long", () => {
    expect(messages(name.safeParse("   "))).toEqual(["Enter a name."]);
    expect(messages(name.safeParse("x".repeat(21)))).toEqual(["Use at most 20 characters."]);
    expect(messages(name.safeParse(42))).toEqual(["Enter a name."]);
  });

  it("optional fields accept empty text", () => {
    expect(textField({ max: 5 }).parse("")).toBe("");
  });

  it("emails are lower-cased and checked", () => {
    const email = emailField();
    expect(email.parse(" Priya.Shah@Northgate.Example ")).toBe("priya.shah@northgate.example");
    expect(email.safeParse("priya\u0000@x.example").success).toBe(false);
    expect(email.safeParse("not an email").success).toBe(false);
  });

  it("secrets are kept as typed but refuse control characters", () => {
    const password = secretField({ required: "Enter your password." });
    expect(password.parse("  spaces kept  ")).toBe("  spaces kept  ");
    expect(messages(password.safeParse("pass\u0000word"))).toEqual([textMessages.control]);
    expect(messages(password.safeParse(""))).toEqual(["Enter your password."]);
  });

  it("textProblem is the same check without zod", () => {
    expect(textProblem("fine")).toBeNull();
    expect(textProblem("tab\there", { multiline: true })).toBeNull();
    expect(textProblem("tab\there")).toBe(textMessages.control);
  });
});
