// What the sign-in form says. next-auth hands the form whatever string authorize() threw, and
// the sign-in page also reads ?error= from the address bar, so only these codes are ever turned
// into text; anything else shows nothing, never the raw string.

export type SignInErrorCode = "INVALID" | "NO_ACTIVE_ROLE" | "UNEXPECTED" | `LOCKED:${string}` | `CLIENT_LOCKED:${string}`;

const generic = "The email or password is not right.";

function ukTime(iso: string): string | null {
  const until = new Date(iso);
  if (Number.isNaN(until.getTime())) return null;
  return until.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
}

/** Too many wrong passwords for this address. Worded the same whether or not an account has it. */
function addressLocked(time: string): string {
  return (
    `Too many wrong passwords for this email. Sign-in for it is locked until ${time} (UK time). ` +
    "If the email has an Assay account, we have sent it a link to unlock sign-in now. You can also reset your password."
  );
}

/** Too many wrong passwords from this network, whatever the addresses. */
function clientLocked(time: string): string {
  return `Too many wrong passwords from your network. Sign-in from here is paused until ${time} (UK time). Try again then.`;
}

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith("LOCKED:")) {
    const time = ukTime(code.slice("LOCKED:".length));
    return time && addressLocked(time);
  }
  if (code.startsWith("CLIENT_LOCKED:")) {
    const time = ukTime(code.slice("CLIENT_LOCKED:".length));
    return time && clientLocked(time);
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

/** For a password check made while signed in (changing your password): no email is sent for it. */
export function passwordChecksLockedMessage(until: Date): string {
  return `Too many wrong passwords. Checking your password is locked until ${ukTime(until.toISOString())} (UK time).`;
}
