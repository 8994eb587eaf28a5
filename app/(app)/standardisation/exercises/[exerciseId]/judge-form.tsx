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
  judgeStandardisationExerciseFields,
  judgeStandardisationExerciseSchema,
  unitOutcomes,
  type JudgeStandardisationExerciseInput,
} from "@/lib/standardisation/schemas";
import { judgeStandardisationExerciseAction } from "../../actions";
import { CriteriaMetFields } from "./judgement-fields";

const outcomeOptions = unitOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }));

export function JudgeForm(props: { workspaceKey: string; exerciseId: string; criteria: { id: string; ref: string; text: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<JudgeStandardisationExerciseInput>({
    resolver: zodResolver(judgeStandardisationExerciseSchema),
    defaultValues: { exerciseId: props.exerciseId, outcome: "" as never, criteriaMetIds: [], rationale: "" },
  });
  const criteriaMetIds = watch("criteriaMetIds");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await judgeStandardisationExerciseAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, judgeStandardisationExerciseFields));
      return;
    }
    toast.show("Judgement recorded. You can now see the others' judgements.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Record your judgement">
      <FormError message={formError} />
      <CriteriaMetFields
        id="judge-criteria"
        legend="Criteria you judge met by this evidence"
        criteria={props.criteria}
        selected={criteriaMetIds}
        onChange={(selected) => setValue("criteriaMetIds", selected, { shouldValidate: formState.isSubmitted })}
        error={formState.errors.criteriaMetIds?.message}
      />
      <SelectField
        label="Your outcome"
        hint="Achieved only when every criterion above is met."
        placeholder="Choose an outcome"
        options={outcomeOptions}
        {...register("outcome")}
        error={formState.errors.outcome?.message}
      />
      <TextAreaField
        label="Your rationale"
        hint="Why, as you would write it in a decision. You cannot change it once recorded."
        rows={5}
        {...register("rationale")}
        error={formState.errors.rationale?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record my judgement
        </Button>
      </div>
    </form>
  );
}
