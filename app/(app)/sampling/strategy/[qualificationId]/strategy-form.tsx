"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { CoverageDimension } from "@/lib/rules/sampling";
import { coverageDimensionLabels, riskLevelLabels } from "@/lib/sampling/labels";
import {
  coverageDimensions,
  saveSamplingStrategyFields,
  saveSamplingStrategySchema,
  type SaveSamplingStrategyInput,
} from "@/lib/sampling/schemas";
import { saveSamplingStrategyAction } from "../actions";

type Numbers = Omit<SaveSamplingStrategyInput, "qualificationId" | "version">;

const rateFields = [
  ["rateNewPercent", riskLevelLabels.NEW],
  ["rateUnqualifiedPercent", riskLevelLabels.UNQUALIFIED],
  ["rateHighPercent", riskLevelLabels.HIGH],
  ["rateMediumPercent", riskLevelLabels.MEDIUM],
  ["rateLowPercent", riskLevelLabels.LOW],
] as const;

/** The strategy's numbers, prefilled with the stored strategy or the defaults (version 0: none stored yet). */
export function StrategyForm(props: { workspaceKey: string; qualificationId: string; version: number; defaults: Numbers }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(props.version);
  const { register, handleSubmit, setError, watch, setValue, formState } = useForm<SaveSamplingStrategyInput>({
    resolver: zodResolver(saveSamplingStrategySchema),
    defaultValues: { qualificationId: props.qualificationId, version: props.version, ...props.defaults },
  });
  const mustCover = watch("mustCover");
  const errors = formState.errors;
  const number = { valueAsNumber: true } as const;

  function toggle(dimension: CoverageDimension, ticked: boolean) {
    const next = mustCover.filter((item) => item !== dimension);
    setValue("mustCover", ticked ? [...next, dimension] : next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await saveSamplingStrategyAction(props.workspaceKey, { ...values, version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, saveSamplingStrategyFields));
      return;
    }
    setVersion(result.data.version);
    toast.show("Sampling strategy saved. New sampling plans use it.");
    router.refresh();
  });

  const numberProps = { type: "number", inputMode: "numeric", className: "max-w-32" } as const;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-6" aria-label="Sampling strategy">
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold text-ink">Sampling rates by assessor risk</legend>
        <p className="text-ink-muted">
          The share of each assessor&apos;s decisions in a plan period that the IQA samples, as a percentage (0 to 100). An assessor with no
          rating yet is sampled as new.
        </p>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {rateFields.map(([field, label]) => (
            <TextField
              key={field}
              label={`${label} (%)`}
              {...numberProps}
              min={0}
              max={100}
              defaultValue={props.defaults[field]}
              {...register(field, number)}
              error={errors[field]?.message}
            />
          ))}
        </div>
        <TextField
          label="Minimum decisions sampled per assessor"
          hint="However low the rate, at least this many of each assessor's decisions in the period (0 to 50)."
          {...numberProps}
          min={0}
          max={50}
          defaultValue={props.defaults.minimumPerAssessor}
          {...register("minimumPerAssessor", number)}
          error={errors.minimumPerAssessor?.message}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold text-ink">Interim and summative</legend>
        <TextField
          label="Interim share of the sample (%)"
          hint="At least this share of the sample is interim (formative) decisions, so practice is checked before the final decision (0 to 100)."
          {...numberProps}
          min={0}
          max={100}
          defaultValue={props.defaults.interimPercent}
          {...register("interimPercent", number)}
          error={errors.interimPercent?.message}
        />
        <CheckboxField
          label="Sample both interim and summative decisions of every assessor"
          defaultChecked={props.defaults.bothStagesPerAssessor}
          {...register("bothStagesPerAssessor")}
          error={errors.bothStagesPerAssessor?.message}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold text-ink">The sample must cover</legend>
        <p className="text-ink-muted">Over the plan period. Assay adds decisions to a proposed plan until each of these is covered.</p>
        <FieldError id="strategy-must-cover-error">{errors.mustCover?.message}</FieldError>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {coverageDimensions.map((dimension) => (
            <CheckboxField
              key={dimension}
              label={coverageDimensionLabels[dimension]}
              name="mustCover"
              value={dimension}
              checked={mustCover.includes(dimension)}
              onChange={(event) => toggle(dimension, event.target.checked)}
              aria-describedby={errors.mustCover ? "strategy-must-cover-error" : undefined}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-lg font-semibold text-ink">Periods</legend>
        <TextField
          label="Plan period (months)"
          hint="The usual length of a sampling plan, 1 to 12."
          {...numberProps}
          min={1}
          max={12}
          defaultValue={props.defaults.planPeriodMonths}
          {...register("planPeriodMonths", number)}
          error={errors.planPeriodMonths?.message}
        />
        <TextField
          label="Standardisation every (months)"
          hint="Standardisation is due this long after the last meeting, 1 to 12."
          {...numberProps}
          min={1}
          max={12}
          defaultValue={props.defaults.standardisationIntervalMonths}
          {...register("standardisationIntervalMonths", number)}
          error={errors.standardisationIntervalMonths?.message}
        />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Save strategy
        </Button>
        <Link href="/sampling/strategy" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
