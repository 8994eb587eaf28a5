"use client";

import { useRef } from "react";
import { useFieldArray, useFormState, type Control, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { actionPointKindOptions } from "@/lib/visits/labels";
import { maximumActionPoints, type RecordVisitReportInput } from "@/lib/visits/schemas";

export type OwnerOption = { value: string; label: string };

/**
 * The report's action points and recommendations: each its own group of kind, owner, what and due
 * date; added and removed from the keyboard (focus goes to the new one, or back to "Add").
 */
export function ActionPointFields(props: {
  control: Control<RecordVisitReportInput>;
  register: UseFormRegister<RecordVisitReportInput>;
  owners: OwnerOption[];
  dueOnMin: string;
}) {
  const { fields, append, remove } = useFieldArray({ control: props.control, name: "actionPoints" });
  const { errors } = useFormState({ control: props.control, name: "actionPoints" });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = errors.actionPoints?.root?.message ?? errors.actionPoints?.message;

  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={listError ? "action-points-error" : undefined}>
      <legend className="mb-1 font-semibold text-ink">Action points and recommendations</legend>
      <p className="text-ink-muted">
        Each has an owner on the centre&rsquo;s staff, who is emailed, and a due date. A sanction always comes with at least one action
        point.
      </p>
      {listError && (
        <p id="action-points-error" role="alert" className="font-semibold text-danger-800">
          {listError}
        </p>
      )}
      {fields.length === 0 && <p className="text-ink-muted">None added.</p>}
      {fields.map((field, index) => {
        const rowErrors = errors.actionPoints?.[index];
        return (
          <fieldset key={field.id} className="flex flex-col gap-3 rounded-md border border-line-subtle p-3">
            <legend className="px-1 text-sm font-semibold">Point {index + 1}</legend>
            <SelectField
              label="Kind"
              options={actionPointKindOptions}
              {...props.register(`actionPoints.${index}.kind`)}
              error={rowErrors?.kind?.message}
            />
            <SelectField
              label="Owner"
              placeholder="Choose a member of staff"
              options={props.owners}
              {...props.register(`actionPoints.${index}.ownerUserId`)}
              error={rowErrors?.ownerUserId?.message}
            />
            <TextAreaField
              label="What is to be done"
              rows={2}
              {...props.register(`actionPoints.${index}.description`)}
              error={rowErrors?.description?.message}
            />
            <TextField
              label="Due on"
              type="date"
              min={props.dueOnMin}
              {...props.register(`actionPoints.${index}.dueOn`)}
              error={rowErrors?.dueOn?.message}
            />
            <div>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => {
                  remove(index);
                  setTimeout(() => addButton.current?.focus(), 0);
                }}
              >
                Remove point {index + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button
          ref={addButton}
          type="button"
          variant="secondary"
          size="sm"
          disabled={fields.length >= maximumActionPoints}
          onClick={() =>
            append(
              { kind: "ACTION_POINT", ownerUserId: "", description: "", dueOn: "" },
              { shouldFocus: true, focusName: `actionPoints.${fields.length}.kind` },
            )
          }
        >
          Add an action point or recommendation
        </Button>
      </div>
    </fieldset>
  );
}
