import type { InputHTMLAttributes, Ref } from "react";
import { FieldError, FieldHint, controlClasses, useFieldIds } from "./field-parts";

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** Labelled <input>; spread react-hook-form's register() straight in (React 19 passes ref as a prop). */
export function TextField({ label, hint, error, id, className, ref, ...props }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error, props["aria-describedby"]);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={ids.fieldId} className="font-semibold text-ink">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      {/* Error sits above the input (GOV.UK pattern) so the on-screen keyboard can't hide it. */}
      <FieldError id={ids.errorId}>{error}</FieldError>
      <input
        {...props}
        ref={ref}
        id={ids.fieldId}
        aria-invalid={error ? true : props["aria-invalid"]}
        aria-describedby={ids.describedBy}
        className={controlClasses(Boolean(error), className)}
      />
    </div>
  );
}
