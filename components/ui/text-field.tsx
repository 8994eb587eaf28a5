import type { InputHTMLAttributes, Ref } from "react";
import { FieldFrame, controlClasses, useFieldIds } from "./field-parts";

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
    <FieldFrame ids={ids} label={label} hint={hint} error={error}>
      <input
        {...props}
        ref={ref}
        id={ids.fieldId}
        aria-invalid={error ? true : props["aria-invalid"]}
        aria-describedby={ids.describedBy}
        className={controlClasses(Boolean(error), className)}
      />
    </FieldFrame>
  );
}
