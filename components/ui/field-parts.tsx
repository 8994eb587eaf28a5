import { useId, type ReactNode } from "react";
import { cx } from "./cx";

// Shared by TextField/SelectField/CheckboxField so all three announce hints and errors identically.

/** Ids for a field and its hint/error, plus the aria-describedby value that ties them together. */
export function useFieldIds(id: string | undefined, hint: string | undefined, error: string | undefined, describedBy: string | undefined) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const describedByValue = [describedBy, hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return { fieldId, hintId, errorId, describedBy: describedByValue };
}

export function FieldHint({ id, children }: { id: string; children: string | undefined }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children: string | undefined }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm font-semibold text-danger-700">
      {/* Colour alone must not carry the meaning (WCAG 1.4.1), and screen readers need the cue too. */}
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

/** Border/size shared by text inputs and selects; 16px text stops iOS zooming on focus. */
export function controlClasses(invalid: boolean, className?: string) {
  return cx(
    "block w-full min-h-11 rounded-md bg-surface px-3 py-2 text-base text-ink",
    "disabled:cursor-not-allowed disabled:bg-subtle disabled:text-ink-muted",
    invalid ? "border-2 border-danger-700" : "border border-line",
    className,
  );
}

/**
 * Label, hint and error above a control, in that order: the error sits above the control
 * (GOV.UK pattern) so an on-screen keyboard cannot hide it.
 */
export function FieldFrame(props: {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={props.ids.fieldId} className="font-semibold text-ink">
        {props.label}
      </label>
      <FieldHint id={props.ids.hintId}>{props.hint}</FieldHint>
      <FieldError id={props.ids.errorId}>{props.error}</FieldError>
      {props.children}
    </div>
  );
}
