import { z } from "zod";

// Every form's schema imports this file, so this runs before any form is checked in the browser:
// zod probes `new Function` to compile faster parsers, and the Content-Security-Policy (proxy.ts)
// reports that probe as a violation even though zod catches it.
z.config({ jitless: true });

// One place that decides what text a person may send. PostgreSQL refuses NUL in text (error
// 22021), control characters and bidirectional overrides make a record read differently from
// what was typed, and a "name" of zero-width spaces looks empty on every screen.

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
/** Tab, line feed and carriage return: allowed in multi-line text only. */
const isLineBreakOrTab = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;
/** Bidirectional embeddings, overrides, isolates and marks ("Trojan Source"). */
const isBidiControl = (code: number) =>
  code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
/** Characters that show nothing on screen: zero-width, joiners, BOM, soft hyphen, fillers, blanks. */
const invisibleCodePoints = new Set([
  0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2800, 0x3164,
  0xfeff, 0xffa0,
]);
const isInvisible = (char: string) => /\s/.test(char) || invisibleCodePoints.has(char.codePointAt(0)!);

function hasControl(value: string, multiline: boolean): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (isControl(code) && !(multiline && isLineBreakOrTab(code))) return true;
  }
  return false;
}

const hasBidiControl = (value: string) => [...value].some((char) => isBidiControl(char.codePointAt(0)!));
const isInvisibleOnly = (value: string) => [...value].every(isInvisible);

export const textMessages = {
  control: "Remove the control characters (they cannot be shown or printed).",
  bidi: "Remove the hidden text-direction characters.",
  invisible: "Enter visible text, not only spaces or invisible characters.",
} as const;

/** The problem with a piece of text, or null when it is fine. Pure; shared by schemas and tests. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | null {
  if (hasControl(value, options.multiline ?? false)) return textMessages.control;
  if (hasBidiControl(value)) return textMessages.bidi;
  if (value.length > 0 && isInvisibleOnly(value)) return textMessages.invisible;
  return null;
}

type TextFieldOptions = {
  /** Largest number of characters, counted after trimming. */
  max: number;
  /** Message when empty; leave out for an optional field (then "" is allowed). */
  required?: string;
  /** Allows new lines and tabs (notes, feedback, descriptions). */
  multiline?: boolean;
};

/**
 * A trimmed text field that refuses control characters, NUL, bidirectional overrides and
 * invisible-only text with a message for the person. Every free-text input goes through it.
 */
export function textField({ max, required, multiline = false }: TextFieldOptions) {
  let schema = z.string({ error: required ?? "Enter text." }).trim();
  if (required) schema = schema.min(1, required);
  return schema.max(max, `Use at most ${max} characters.`).superRefine((value, ctx) => {
    const problem = textProblem(value, { multiline });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** An email address: trimmed, lower-cased, no control characters, in the usual format. */
export function emailField(required = "Enter an email address.") {
  return textField({ max: 254, required })
    .toLowerCase()
    .pipe(z.email("Enter an email address in the right format, like name@example.org."));
}

/**
 * A secret typed by the person (a password): kept exactly as typed, but NUL and other control
 * characters are refused, since no keyboard produces them.
 */
export function secretField(options: { max?: number; required?: string } = {}) {
  const max = options.max ?? 1024;
  let schema = z.string({ error: options.required ?? "Enter a value." });
  if (options.required) schema = schema.min(1, options.required);
  return schema.max(max, `Use at most ${max} characters.`).refine((value) => !hasControl(value, false), textMessages.control);
}
