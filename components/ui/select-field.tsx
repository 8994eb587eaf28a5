import type { Ref, SelectHTMLAttributes } from "react";
import { FieldFrame, controlClasses, useFieldIds } from "./field-parts";

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string;
  error?: string;
  options: SelectOption[];
  /** Rendered as an empty-valued first option, so "nothing chosen" submits "" for validation to catch. */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
};

export function SelectField({ label, hint, error, options, placeholder, id, className, ref, ...props }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error, props["aria-describedby"]);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error}>
      <select
        {...props}
        ref={ref}
        id={ids.fieldId}
        aria-invalid={error ? true : props["aria-invalid"]}
        aria-describedby={ids.describedBy}
        className={controlClasses(Boolean(error), className)}
      >
        {/* Not `disabled`: browsers skip disabled options when choosing the initial selection. */}
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
