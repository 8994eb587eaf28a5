"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { proposeSamplingPlanSchema, type ProposeSamplingPlanInput } from "@/lib/sampling/plan-schemas";
import { proposeSamplingPlanAction } from "./actions";

export function ProposePlanForm(props: {
  workspaceKey: string;
  qualifications: { id: string; label: string }[];
  /** Each qualification's usual plan period (its strategy), ending today. */
  defaultPeriods: { qualificationId: string; from: string; to: string }[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const first = props.qualifications[0];
  const periodOf = (qualificationId: string) => props.defaultPeriods.find((p) => p.qualificationId === qualificationId);
  const { register, handleSubmit, setError, setValue, getFieldState, formState } = useForm<ProposeSamplingPlanInput>({
    resolver: zodResolver(proposeSamplingPlanSchema),
    defaultValues: {
      qualificationId: props.qualifications.length === 1 && first ? first.id : "",
      periodFrom: (first && periodOf(first.id)?.from) ?? "",
      periodTo: (first && periodOf(first.id)?.to) ?? "",
      seed: "",
    },
  });
  const qualificationField = register("qualificationId", {
    // A different qualification may have a different usual period: follow it unless the dates were typed.
    onChange: (event: { target: { value: string } }) => {
      const period = periodOf(event.target.value);
      if (!period) return;
      if (!getFieldState("periodFrom").isDirty) setValue("periodFrom", period.from);
      if (!getFieldState("periodTo").isDirty) setValue("periodTo", period.to);
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await proposeSamplingPlanAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["qualificationId", "periodFrom", "periodTo", "seed"]));
      return;
    }
    router.push(`/sampling/plans/${result.data.planId}`);
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Propose a sampling plan">
      <FormError message={formError} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={props.qualifications.map((q) => ({ value: q.id, label: q.label }))}
        {...qualificationField}
        error={formState.errors.qualificationId?.message}
      />
      <div className="flex flex-wrap gap-4">
        <TextField label="Period from" type="date" {...register("periodFrom")} error={formState.errors.periodFrom?.message} />
        <TextField label="Period to" type="date" {...register("periodTo")} error={formState.errors.periodTo?.message} />
      </div>
      <TextField
        label="Seed (optional)"
        hint="Leave empty: Assay uses one made from the centre, qualification and period, so the same plan can be proposed again exactly. Type one to reproduce a plan with another seed."
        {...register("seed")}
        error={formState.errors.seed?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Propose a sampling plan
        </Button>
      </div>
    </form>
  );
}
