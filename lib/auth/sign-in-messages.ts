// What the sign-in form says. next-auth hands the form whatever string authorize() threw, and
// the sign-in page also reads ?error= from the address bar, so only these codes are ever turned
// into text; anything else shows nothing, never the raw string.

export type SignInErrorCode = "INVALID" | "NO_ACTIVE_ROLE" | "UNEXPECTED" | `LOCKED:${string}`;

const generic = "The email or password is not right.";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith("LOCKED:")) {
    const until = new Date(code.slice("LOCKED:".length));
    if (Number.isNaN(until.getTime())) return null;
    const time = until.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
    return `Too many failed attempts. Sign-in for this email is locked until ${time} (UK time). Try again then, or ask your centre admin for help.`;
  }
  switch (code) {
    case "NO_ACTIVE_ROLE":
      return "Your account has no active role at any centre. Ask your centre admin to reactivate it.";
    case "UNEXPECTED":
      return "Sign-in is not working right now. Please try again in a minute.";
    case "INVALID":
    case "CredentialsSignin":
      return generic;
    default:
      return null;
  }
}
