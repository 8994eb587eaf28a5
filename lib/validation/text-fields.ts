import { z } from "zod";

// Every form's schema imports this file, so this runs before any form is checked in the browser:
// zod probes `new Function` to compile faster parsers, and the Content-Security-Policy (proxy.ts)
// reports that probe as a violation even though zod catches it.
z.config({ jitless: true });

// One place that decides what text a person may send. PostgreSQL refuses NUL in text (error
// 22021), control characters and bidirectional overrides make a record read differently from
// what was typed, and a "name" of zero-width spaces looks empty on every screen.

/** C0 and C1 control characters except tab, line feed and carriage return (allowed in multi-line text). */
const controlInMultiline = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every C0 and C1 control character, tab and new lines included. */
const controlInSingleLine = /[\u0000-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides, isolates and marks ("Trojan Source"). */
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Characters that show nothing on screen: zero-width, joiners, BOM, soft hyphen, fillers, blanks. */
const invisibleOnly = /^[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u2800\u3164\uFEFF\uFFA0]*$/;

export const textMessages = {
  control: "Remove the control characters (they cannot be shown or printed).",
  bidi: "Remove the hidden text-direction characters.",
  invisible: "Enter visible text, not only spaces or invisible characters.",
} as const;

/** The problem with a piece of text, or null when it is fine. Pure; shared by schemas and tests. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | null {
  if ((options.multiline ? controlInMultiline : controlInSingleLine).test(value)) return textMessages.control;
  if (bidiControl.test(value)) return textMessages.bidi;
  if (value.length > 0 && invisibleOnly.test(value)) return textMessages.invisible;
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
  return schema.max(max, `Use at most ${max} characters.`).refine((value) => !controlInSingleLine.test(value), textMessages.control);
}
