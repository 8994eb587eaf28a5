import type { InputHTMLAttributes, Ref } from "react";
import { cx } from "./cx";
import { FieldError, FieldHint, useFieldIds } from "./field-parts";

export type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

export function CheckboxField({ label, hint, error, id, className, ref, ...props }: CheckboxFieldProps) {
  const ids = useFieldIds(id, hint, error, props["aria-describedby"]);
  return (
    <div className="flex flex-col gap-1.5">
      <FieldError id={ids.errorId}>{error}</FieldError>
      <div className="flex items-start gap-3">
        {/* 24px box meets the WCAG 2.2 target size on its own; the label widens the hit area further. */}
        <input
          {...props}
          ref={ref}
          type="checkbox"
          id={ids.fieldId}
          aria-invalid={error ? true : props["aria-invalid"]}
          aria-describedby={ids.describedBy}
          className={cx("mt-0.5 size-6 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed", className)}
        />
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.fieldId} className="cursor-pointer py-0.5 text-ink">
            {label}
          </label>
          <FieldHint id={ids.hintId}>{hint}</FieldHint>
        </div>
      </div>
    </div>
  );
}
