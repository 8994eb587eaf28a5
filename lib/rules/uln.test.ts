import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidUln, normaliseUln, ulnCheckDigit, ulnProblem } from "./uln";

describe("Unique Learner Number (handbook 7.4; LRS rule DD01)", () => {
  it("handbook 7.4: 9276308686 is a valid ULN and 9276308687 is not", () => {
    expect(isValidUln("9276308686")).toBe(true);
    expect(isValidUln("9276308687")).toBe(false);
    expect(ulnProblem("9276308687")).toMatch(/check digit does not match/);
  });

  it("handbook 7.4: a ULN is ten digits", () => {
    expect(ulnProblem("927630868")).toBe("A ULN has 10 digits; this has 9.");
    expect(ulnProblem("92763086861")).toBe("A ULN has 10 digits; this has 11.");
    expect(ulnProblem("92763O8686")).toMatch(/digits only/);
    expect(ulnProblem("9276 308686")).toMatch(/digits only/);
    expect(ulnProblem("")).toMatch(/Enter the candidate's Unique Learner Number/);
  });

  it("LRS rule DD01: the first digit is not 0", () => {
    expect(ulnProblem("0276308686")).toBe("A ULN never starts with 0.");
  });

  it("LRS rule DD01: no check digit fits nine digits whose weighted sum is divisible by 11", () => {
    // 2×10 + 1×2 = 22, which leaves remainder 0.
    expect(ulnCheckDigit("200000001")).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(isValidUln(`200000001${digit}`)).toBe(false);
  });

  it("spaces typed into a ULN can be removed before validating", () => {
    expect(isValidUln(normaliseUln(" 9276 308 686 "))).toBe(true);
  });

  it("LRS rule DD01 (property): for any nine digits with a non-zero remainder, exactly one tenth digit is valid", () => {
    const nineDigits = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
      .map(([first, rest]) => `${first}${rest.join("")}`);
    fc.assert(
      fc.property(nineDigits, (prefix) => {
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((digit) => isValidUln(`${prefix}${digit}`));
        if (ulnCheckDigit(prefix) === null) expect(valid).toEqual([]);
        else expect(valid).toEqual([ulnCheckDigit(prefix)]);
      }),
      { numRuns: 1000 },
    );
  });
});
