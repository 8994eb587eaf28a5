/** Joins class names, dropping falsy ones; no merging, so callers must not pass conflicting utilities. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
