// Where to go after signing in, taken from ?next=. Only a path of this site is followed: an
// address elsewhere ("//evil.example", "https://…", "/\\evil.example") would make the sign-in
// page an open redirect.

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || c === "\\")) return null;
  return value;
}

/** The sign-in page, coming back to `path` afterwards. */
export function signInReturningTo(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}
