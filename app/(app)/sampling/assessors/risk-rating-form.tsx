"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { riskLevelLabels, riskLevels } from "@/lib/sampling/labels";
import { earliestRatedOn, recordRiskRatingFields, recordRiskRatingSchema, type RecordRiskRatingInput } from "@/lib/sampling/schemas";
import { recordRiskRatingAction } from "./actions";

/** Records a new risk rating for one assessor; the earlier ones stay in the history. */
export function RiskRatingForm(props: {
  workspaceKey: string;
  assessor: { userId: string; name: string };
  /** Closed standardisation exercises the assessor took part in. */
  exercises: { id: string; title: string }[];
  today: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<RecordRiskRatingInput>({
    resolver: zodResolver(recordRiskRatingSchema),
    defaultValues: {
      assessorUserId: props.assessor.userId,
      risk: "" as RecordRiskRatingInput["risk"],
      reason: "",
      ratedOn: props.today,
      standardisationExerciseId: "",
    },
  });
  const errors = formState.errors;
  const idPrefix = `rating-${props.assessor.userId}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordRiskRatingAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, recordRiskRatingFields));
      return;
    }
    toast.show(`Risk rating recorded for ${props.assessor.name}.`);
    reset();
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label={`Record a risk rating for ${props.assessor.name}`}
    >
      <FormError message={formError} />
      {errors.assessorUserId?.message && <FormError message={errors.assessorUserId.message} />}
      <SelectField
        id={`${idPrefix}-risk`}
        label="Risk rating"
        placeholder="Choose a rating"
        options={riskLevels.map((level) => ({ value: level, label: riskLevelLabels[level] }))}
        {...register("risk")}
        error={errors.risk?.message}
      />
      <TextAreaField
        id={`${idPrefix}-reason`}
        label="Reason"
        hint="Why: for example recent sampling outcomes, a standardisation exercise, their qualification status."
        rows={3}
        {...register("reason")}
        error={errors.reason?.message}
      />
      <TextField
        id={`${idPrefix}-rated-on`}
        label="Date of the rating"
        type="date"
        min={earliestRatedOn}
        max={props.today}
        className="max-w-48"
        {...register("ratedOn")}
        error={errors.ratedOn?.message}
      />
      {props.exercises.length > 0 && (
        <SelectField
          id={`${idPrefix}-exercise`}
          label="Standardisation exercise (optional)"
          hint="If the rating follows from a closed exercise they took part in."
          placeholder="None"
          options={props.exercises.map((exercise) => ({ value: exercise.id, label: exercise.title }))}
          {...register("standardisationExerciseId")}
          error={errors.standardisationExerciseId?.message}
        />
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the rating
        </Button>
      </div>
    </form>
  );
}
