"use client";

import { useRef, type ReactNode } from "react";
import { useFieldArray, useFormState, type Control, type UseFormRegister, type UseFormSetFocus } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";

// The repeatable "actions with due dates" fieldset of the RD07 feedback, sampling and
// standardisation meeting forms: add and remove rows from the keyboard (focus goes to the new
// action, or stays where the person was after a removal), due dates bounded, and an error about the
// list as a whole announced as it appears and describing the group. The form's field array is
// `actions`, each row `{ description, dueOn }` (plus `ownerUserId` when an owner is chosen).

type ActionRow = { description: string; dueOn: string; ownerUserId?: string };
type ActionsValues = { actions: ActionRow[] };

export function ActionListFields<T extends { actions: { description: string; dueOn: string }[] }>(props: {
  control: Control<T>;
  register: UseFormRegister<T>;
  setFocus: UseFormSetFocus<T>;
  legend: string;
  hint?: ReactNode;
  /** Shown while there are no actions. */
  emptyText?: string;
  maximum: number;
  dueOn: { min: string; max: string };
  /**
   * Each action's owner. With it, each action is its own group ("Action 1") of "Who will do it",
   * "What" and "Due on"; without, the fields are "Action 1" and "Due date of action 1".
   */
  owner?: { options: { value: string; label: string }[] };
}) {
  // One shape for the three forms: their values all hold `actions` rows of this shape.
  const control = props.control as unknown as Control<ActionsValues>;
  const register = props.register as unknown as UseFormRegister<ActionsValues>;
  const setFocus = props.setFocus as unknown as UseFormSetFocus<ActionsValues>;
  const { fields, append, remove } = useFieldArray({ control, name: "actions" });
  const { errors } = useFormState({ control, name: "actions" });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = errors.actions?.root?.message ?? errors.actions?.message;
  const grouped = props.owner !== undefined;

  const removeAction = (index: number) => {
    remove(index);
    // Keep the keyboard where the person was: on the next action, or back on "Add an action".
    const next = fields.length - 1 > index ? index : index - 1;
    if (next >= 0) setTimeout(() => setFocus(grouped ? `actions.${next}.ownerUserId` : `actions.${next}.description`), 0);
    else setTimeout(() => addButton.current?.focus(), 0);
  };

  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={listError ? "actions-error" : undefined}>
      <legend className="mb-1 font-semibold text-ink">{props.legend}</legend>
      {props.hint && <p className="text-ink-muted">{props.hint}</p>}
      {/* The list as a whole has no field to focus: announce its error as it appears. */}
      {listError && (
        <p id="actions-error" role="alert" className="font-semibold text-danger-800">
          {listError}
        </p>
      )}
      {fields.length === 0 && props.emptyText && <p className="text-ink-muted">{props.emptyText}</p>}
      {fields.map((field, index) => {
        const rowErrors = errors.actions?.[index];
        const removeButton = (
          <Button
            type="button"
            variant={grouped ? "secondary" : "ghost"}
            size="sm"
            className={grouped ? undefined : "sm:mt-8"}
            onClick={() => removeAction(index)}
          >
            Remove<span className={grouped ? undefined : "sr-only"}> action {index + 1}</span>
          </Button>
        );
        if (props.owner)
          return (
            <fieldset key={field.id} className="flex flex-col gap-3 rounded-md border border-line-subtle p-3">
              <legend className="px-1 text-sm font-semibold">Action {index + 1}</legend>
              <SelectField
                label="Who will do it"
                placeholder="Choose an attendee"
                options={props.owner.options}
                {...register(`actions.${index}.ownerUserId`)}
                error={rowErrors?.ownerUserId?.message}
              />
              <TextAreaField label="What" rows={2} {...register(`actions.${index}.description`)} error={rowErrors?.description?.message} />
              <TextField
                label="Due on"
                type="date"
                min={props.dueOn.min}
                max={props.dueOn.max}
                {...register(`actions.${index}.dueOn`)}
                error={rowErrors?.dueOn?.message}
              />
              <div>{removeButton}</div>
            </fieldset>
          );
        return (
          <div key={field.id} className="grid gap-3 rounded-md border border-line-subtle p-3 sm:grid-cols-[1fr_11rem_auto] sm:items-start">
            <TextAreaField
              label={`Action ${index + 1}`}
              rows={2}
              {...register(`actions.${index}.description`)}
              error={rowErrors?.description?.message}
            />
            <TextField
              label={`Due date of action ${index + 1}`}
              type="date"
              min={props.dueOn.min}
              max={props.dueOn.max}
              {...register(`actions.${index}.dueOn`)}
              error={rowErrors?.dueOn?.message}
            />
            {removeButton}
          </div>
        );
      })}
      <div>
        <Button
          ref={addButton}
          type="button"
          variant="secondary"
          size="sm"
          disabled={fields.length >= props.maximum}
          onClick={() =>
            append(grouped ? { ownerUserId: "", description: "", dueOn: "" } : { description: "", dueOn: "" }, {
              shouldFocus: true,
              focusName: grouped ? `actions.${fields.length}.ownerUserId` : `actions.${fields.length}.description`,
            })
          }
        >
          Add an action
        </Button>
      </div>
    </fieldset>
  );
}
