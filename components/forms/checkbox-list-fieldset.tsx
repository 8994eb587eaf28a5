"use client";

import type { ReactNode } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";

/**
 * A labelled group of checkboxes whose ticked ids form one list (people who attended or judge, units
 * standardised): the list's error is shown under the legend and describes the group only when shown.
 */
export function CheckboxListFieldset(props: {
  legend: string;
  hint?: ReactNode;
  /** The error paragraph's id (unique on the page). */
  errorId: string;
  error?: string;
  options: { id: string; label: string }[];
  selected: readonly string[];
  onToggle: (id: string, ticked: boolean) => void;
  /** Shown instead of the checkboxes when there are none. */
  emptyText?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={props.error ? props.errorId : undefined}>
      <legend className="mb-1 font-semibold text-ink">{props.legend}</legend>
      {props.hint && <p className="text-sm text-ink-muted">{props.hint}</p>}
      <FieldError id={props.errorId}>{props.error}</FieldError>
      {props.options.length === 0 && props.emptyText ? (
        <p className="text-ink-muted">{props.emptyText}</p>
      ) : (
        props.options.map((option) => (
          <CheckboxField
            key={option.id}
            label={option.label}
            checked={props.selected.includes(option.id)}
            onChange={(event) => props.onToggle(option.id, event.target.checked)}
          />
        ))
      )}
    </fieldset>
  );
}
