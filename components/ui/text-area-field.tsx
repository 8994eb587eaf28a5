import type { Ref, TextareaHTMLAttributes } from "react";
import { FieldFrame, controlClasses, useFieldIds } from "@/components/ui/field-parts";

export type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** Labelled <textarea> with the same hint and error as TextField (for descriptions, how-met notes, feedback). */
export function TextAreaField({ label, hint, error, id, className, ref, rows = 3, ...props }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error, props["aria-describedby"]);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error}>
      <textarea
        {...props}
        ref={ref}
        rows={rows}
        id={ids.fieldId}
        aria-invalid={error ? true : props["aria-invalid"]}
        aria-describedby={ids.describedBy}
        className={controlClasses(Boolean(error), className)}
      />
    </FieldFrame>
  );
}
