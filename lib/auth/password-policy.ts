import { commonPasswords } from "./common-passwords";

// NCSC guidance: length over complexity rules, and refuse passwords known from breaches.
export const minimumPasswordLength = 12;
// Long passphrases are welcome (argon2id reads every character); the limit only bounds the work
// of hashing.
export const maximumPasswordLength = 256;

export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < minimumPasswordLength) {
    return `Use at least ${minimumPasswordLength} characters.`;
  }
  if (password.length > maximumPasswordLength) {
    return `Use at most ${maximumPasswordLength} characters.`;
  }
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) {
    return "That password is too common. Choose one that is hard to guess, such as three random words.";
  }
  // Only a distinctive email name is checked: "jo" would forbid every password containing "jo".
  const emailName = email?.toLowerCase().split("@")[0] ?? "";
  if (emailName.length >= 4 && lowered.includes(emailName)) {
    return "Do not include your email name in your password.";
  }
  if (new Set(password).size < 4) {
    return "That password repeats too few characters. Choose one that is hard to guess.";
  }
  return null;
}
