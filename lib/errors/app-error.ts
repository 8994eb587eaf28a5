// One error type for every failure a user may be told about. The message is safe to show; field
// errors go next to the form fields they belong to.

export const appErrorCodes = [
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "FORBIDDEN",
  "INVALID_INPUT",
  "CONFLICT",
  "STALE",
  "UNAVAILABLE",
  "UNEXPECTED",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export type FieldErrors = Record<string, string[]>;

const defaultMessages: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Please sign in to continue.",
  NOT_FOUND: "Not found.",
  FORBIDDEN: "You do not have permission to do that.",
  INVALID_INPUT: "Please correct the highlighted fields.",
  CONFLICT: "That conflicts with an existing record.",
  STALE: "Someone else changed this record while you were editing it. Reload to see their change, then try again.",
  UNAVAILABLE: "Assay cannot reach its database, so nothing was saved. Try again in a moment.",
  UNEXPECTED: "Something went wrong. Nothing was changed. Please try again.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function defaultMessageFor(code: AppErrorCode): string {
  return defaultMessages[code];
}

/** A foreign centre's record and a missing one must look the same to the caller. */
export function notFound(what = "Record"): AppError {
  return new AppError("NOT_FOUND", `${what} not found.`);
}
