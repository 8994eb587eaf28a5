"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";

/** Ticks the exercise's criteria judged met: shared by a participant's judgement and the agreed one. */
export function CriteriaMetFields(props: {
  id: string;
  legend: string;
  criteria: { id: string; ref: string; text: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={props.error ? errorId : undefined}>
      <legend className="mb-1 font-semibold text-ink">{props.legend}</legend>
      <FieldError id={errorId}>{props.error}</FieldError>
      {props.criteria.map((criterion) => (
        <CheckboxField
          key={criterion.id}
          label={`${criterion.ref} ${criterion.text}`}
          checked={props.selected.includes(criterion.id)}
          onChange={(event) =>
            props.onChange(event.target.checked ? [...props.selected, criterion.id] : props.selected.filter((id) => id !== criterion.id))
          }
        />
      ))}
    </fieldset>
  );
}
