import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Puts a failed action's field errors next to their fields and returns the message for the top
 * of the form (or null when every error has a field). The values the person typed are kept.
 */
export function applyActionErrors<V extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setError: UseFormSetError<V>,
  fields: readonly Path<V>[],
): string | null {
  let unplaced = false;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<V>, { type: "server", message: messages[0] }, { shouldFocus: true });
    } else {
      unplaced = true;
    }
  }
  return result.fieldErrors && !unplaced ? null : result.message;
}
