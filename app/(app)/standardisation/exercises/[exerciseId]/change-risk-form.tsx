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
import { riskLevelLabels, riskLevels } from "@/lib/sampling/labels";
import {
  changeRiskAfterStandardisationFields,
  changeRiskAfterStandardisationSchema,
  type ChangeRiskAfterStandardisationInput,
} from "@/lib/standardisation/schemas";
import { changeRiskAfterStandardisationAction } from "../../actions";

const riskOptions = riskLevels.map((risk) => ({ value: risk, label: riskLevelLabels[risk] }));

export function ChangeRiskForm(props: { workspaceKey: string; exerciseId: string; assessorUserId: string; assessorName: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangeRiskAfterStandardisationInput>({
    resolver: zodResolver(changeRiskAfterStandardisationSchema),
    defaultValues: { exerciseId: props.exerciseId, assessorUserId: props.assessorUserId, risk: "" as never, reason: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeRiskAfterStandardisationAction(props.workspaceKey, values);
    if (!result.ok) {
      // The assessor is fixed by the form: a refusal about them shows at the top.
      setFormError(
        applyActionErrors(
          result,
          setError,
          changeRiskAfterStandardisationFields.filter((field) => field !== "assessorUserId"),
        ),
      );
      return;
    }
    toast.show(`${props.assessorName}'s risk rating changed. Sampling uses it from now on.`);
    reset();
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label={`Change ${props.assessorName}'s risk rating`}
    >
      <FormError message={formError} />
      <SelectField
        label="New risk rating"
        placeholder="Choose a rating"
        options={riskOptions}
        {...register("risk")}
        error={formState.errors.risk?.message}
      />
      <TextAreaField
        label="Reason"
        hint="What this exercise showed, in words the assessor will read."
        rows={3}
        {...register("reason")}
        error={formState.errors.reason?.message}
      />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Change {props.assessorName}&apos;s risk rating
        </Button>
      </div>
    </form>
  );
}
