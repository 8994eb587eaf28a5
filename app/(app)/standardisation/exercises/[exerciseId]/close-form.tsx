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
import { useToast } from "@/components/ui/toast";
import { outcomeLabels } from "@/lib/standardisation/labels";
import {
  closeStandardisationExerciseFields,
  closeStandardisationExerciseSchema,
  unitOutcomes,
  type CloseStandardisationExerciseInput,
} from "@/lib/standardisation/schemas";
import { closeStandardisationExerciseAction } from "../../actions";
import { CriteriaMetFields } from "./judgement-fields";

const outcomeOptions = unitOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }));

export function CloseForm(props: {
  workspaceKey: string;
  exerciseId: string;
  version: number;
  criteria: { id: string; ref: string; text: string }[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<CloseStandardisationExerciseInput>({
    resolver: zodResolver(closeStandardisationExerciseSchema),
    defaultValues: {
      exerciseId: props.exerciseId,
      version: props.version,
      agreedOutcome: "" as never,
      agreedCriterionIds: [],
      agreedRationale: "",
    },
  });
  const agreedCriterionIds = watch("agreedCriterionIds");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await closeStandardisationExerciseAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, closeStandardisationExerciseFields));
      return;
    }
    toast.show("Exercise closed. Each judgement is now compared with the agreed one.");
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label="Record the agreed judgement and close"
    >
      <FormError message={formError} />
      <CriteriaMetFields
        id="agreed-criteria"
        legend="Criteria agreed as met"
        criteria={props.criteria}
        selected={agreedCriterionIds}
        onChange={(selected) => setValue("agreedCriterionIds", selected, { shouldValidate: formState.isSubmitted })}
        error={formState.errors.agreedCriterionIds?.message}
      />
      <SelectField
        label="Agreed outcome"
        placeholder="Choose an outcome"
        options={outcomeOptions}
        {...register("agreedOutcome")}
        error={formState.errors.agreedOutcome?.message}
      />
      <TextAreaField
        label="Agreed rationale"
        hint="The standard agreed, in words assessors can apply next time."
        rows={5}
        {...register("agreedRationale")}
        error={formState.errors.agreedRationale?.message}
      />
      <p className="text-sm text-ink-muted">Closing ends judging: participants who have not judged yet cannot any more.</p>
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the agreed judgement and close
        </Button>
      </div>
    </form>
  );
}
