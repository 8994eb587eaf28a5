import type { Ref, SelectHTMLAttributes } from "react";
import { FieldError, FieldHint, controlClasses, useFieldIds } from "./field-parts";

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

export function SelectField({
  label,
  hint,
  error,
  options,
  placeholder,
  id,
  className,
  ref,
  ...props
}: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error, props["aria-describedby"]);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={ids.fieldId} className="font-semibold text-ink">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
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
    </div>
  );
}
