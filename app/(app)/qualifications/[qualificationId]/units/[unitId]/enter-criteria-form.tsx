"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  enterUnitCriteriaSchema,
  maximumCriteriaPerOutcome,
  maximumOutcomes,
  type EnterUnitCriteriaInput,
} from "@/lib/unit-criteria/schemas";
import { enterUnitCriteriaAction } from "./actions";

type Values = EnterUnitCriteriaInput;

/** The next number under an outcome: after 2.3 comes 2.4. */
function nextCriterionRef(outcomeRef: string, existing: { ref: string }[]): string {
  const numbers = existing.map((c) => Number(c.ref.split(".")[1])).filter((n) => Number.isFinite(n));
  return `${outcomeRef || "1"}.${(numbers.length > 0 ? Math.max(...numbers) : 0) + 1}`;
}

function CriteriaRows(props: {
  control: Control<Values>;
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  outcomeIndex: number;
  outcomeRef: string;
  getCriteria: () => { ref: string }[];
}) {
  const { fields, append, remove } = useFieldArray({ control: props.control, name: `outcomes.${props.outcomeIndex}.criteria` });
  const errors = props.errors.outcomes?.[props.outcomeIndex]?.criteria;
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 font-semibold text-ink">Assessment criteria of outcome {props.outcomeRef || props.outcomeIndex + 1}</legend>
      {errors?.root?.message || errors?.message ? (
        <p className="font-semibold text-danger-800">{errors?.root?.message ?? errors?.message}</p>
      ) : null}
      {fields.map((field, c) => (
        <div key={field.id} className="grid gap-3 rounded-md border border-line-subtle p-3 sm:grid-cols-[6rem_1fr_auto] sm:items-start">
          <TextField
            label="Number"
            inputMode="decimal"
            autoComplete="off"
            {...props.register(`outcomes.${props.outcomeIndex}.criteria.${c}.ref`)}
            error={errors?.[c]?.ref?.message}
          />
          <TextAreaField
            label="The candidate can…"
            rows={2}
            {...props.register(`outcomes.${props.outcomeIndex}.criteria.${c}.text`)}
            error={errors?.[c]?.text?.message}
          />
          <Button type="button" variant="ghost" size="sm" className="sm:mt-8" onClick={() => remove(c)} disabled={fields.length === 1}>
            Remove
            <span className="sr-only">
              {" "}
              criterion {c + 1} of outcome {props.outcomeIndex + 1}
            </span>
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={fields.length >= maximumCriteriaPerOutcome}
          onClick={() => append({ ref: nextCriterionRef(props.outcomeRef, props.getCriteria()), text: "" })}
        >
          Add a criterion<span className="sr-only"> to outcome {props.outcomeIndex + 1}</span>
        </Button>
      </div>
    </fieldset>
  );
}

export function EnterCriteriaForm(props: { workspaceKey: string; unitId: string; unitTitle: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, watch, getValues, formState } = useForm<Values>({
    resolver: zodResolver(enterUnitCriteriaSchema),
    defaultValues: { unitId: props.unitId, outcomes: [{ ref: "1", title: "", criteria: [{ ref: "1.1", text: "" }] }] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "outcomes" });
  const outcomes = watch("outcomes");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await enterUnitCriteriaAction(props.workspaceKey, { ...values, unitId: props.unitId });
    if (!result.ok) {
      // Field errors arrive keyed by path ("outcomes.1.criteria.0.ref"), the form's own field names.
      let unplaced = !result.fieldErrors;
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (path.startsWith("outcomes."))
          setError(path as `outcomes.${number}.ref`, { type: "server", message: messages[0] }, { shouldFocus: true });
        else unplaced = true;
      }
      setFormError(unplaced ? result.message : null);
      return;
    }
    toast.show(`Saved ${result.data.outcomes} outcomes and ${result.data.criteria} criteria.`);
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-6"
      aria-label={`Type in the outcomes and criteria of ${props.unitTitle}`}
    >
      <FormError message={formError} />
      {formState.errors.outcomes?.root?.message || formState.errors.outcomes?.message ? (
        <p className="font-semibold text-danger-800">{formState.errors.outcomes?.root?.message ?? formState.errors.outcomes?.message}</p>
      ) : null}
      {fields.map((field, o) => (
        <fieldset key={field.id} className="flex flex-col gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 text-lg font-semibold text-ink">Learning outcome {o + 1}</legend>
          <div className="grid gap-3 sm:grid-cols-[6rem_1fr]">
            <TextField
              label="Number"
              inputMode="numeric"
              autoComplete="off"
              {...register(`outcomes.${o}.ref`)}
              error={formState.errors.outcomes?.[o]?.ref?.message}
            />
            <TextField
              label="The learner will…"
              autoComplete="off"
              {...register(`outcomes.${o}.title`)}
              error={formState.errors.outcomes?.[o]?.title?.message}
            />
          </div>
          <CriteriaRows
            control={control}
            register={register}
            errors={formState.errors}
            outcomeIndex={o}
            outcomeRef={outcomes[o]?.ref ?? ""}
            getCriteria={() => getValues(`outcomes.${o}.criteria`)}
          />
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={() => remove(o)} disabled={fields.length === 1}>
              Remove outcome {o + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={fields.length >= maximumOutcomes}
          onClick={() => {
            const next = String(Math.max(0, ...getValues("outcomes").map((outcome) => Number(outcome.ref) || 0)) + 1);
            append({ ref: next, title: "", criteria: [{ ref: `${next}.1`, text: "" }] });
          }}
        >
          Add a learning outcome
        </Button>
        <Button type="submit" pending={formState.isSubmitting}>
          Save outcomes and criteria
        </Button>
      </div>
    </form>
  );
}
