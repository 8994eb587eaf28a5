// Unique Learner Number (handbook 7.4): ten digits, the last a check digit computed by the
// Learning Records Service rule (ILR validation rule DD01). Checking it when a ULN is typed
// catches most mistyped or transposed digits before a claim reaches the Personal Learning Record.

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The check digit for the first nine digits of a ULN, or null when no check digit fits
 * (remainder 0: no ULN starts with those nine digits).
 */
export function ulnCheckDigit(firstNineDigits: string): number | null {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError("A ULN check digit needs exactly nine digits");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNineDigits[i]) * (WEIGHTS[i] as number);
  const remainder = sum % 11;
  return remainder === 0 ? null : 10 - remainder;
}

/** Why a ULN is not valid, in words for the person typing it; null when it is valid. */
export function ulnProblem(value: string): string | null {
  if (value.trim() === "") return "Enter the candidate's Unique Learner Number (ULN).";
  if (!/^\d+$/.test(value)) return "A ULN is made of digits only, with no letters, spaces or other characters.";
  if (value.length !== 10) return `A ULN has 10 digits; this has ${value.length}.`;
  if (value.startsWith("0")) return "A ULN never starts with 0.";
  const expected = ulnCheckDigit(value.slice(0, 9));
  if (expected === null || expected !== Number(value[9])) {
    return "This is not a valid ULN: its check digit does not match. Check for a mistyped or swapped digit against the candidate's Personal Learning Record.";
  }
  return null;
}

export function isValidUln(value: string): boolean {
  return ulnProblem(value) === null;
}

/** What a person typed, without the spaces people often put in long numbers. Validate the result. */
export function normaliseUln(typed: string): string {
  return typed.replace(/\s+/g, "");
}
