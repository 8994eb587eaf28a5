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
import { addPlanItemSchema, type AddPlanItemInput } from "@/lib/sampling/plan-schemas";
import { addPlanItemAction } from "./actions";

export function AddItemForm(props: { workspaceKey: string; planId: string; version: number; decisions: { id: string; label: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<AddPlanItemInput>({
    resolver: zodResolver(addPlanItemSchema),
    defaultValues: { planId: props.planId, version: props.version, unitDecisionId: "", reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addPlanItemAction(props.workspaceKey, { ...values, planId: props.planId, version: props.version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["unitDecisionId", "reason"]));
      return;
    }
    toast.show("The decision was added to the plan.");
    reset({ planId: props.planId, version: result.data.version, unitDecisionId: "", reason: "" });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Add a decision to the plan">
      <FormError message={formError} />
      <SelectField
        label="Decision"
        placeholder="Choose a decision"
        hint="Candidate · unit · assessor · date decided (stage). Only decisions you may sample are listed."
        options={props.decisions.map((d) => ({ value: d.id, label: d.label }))}
        {...register("unitDecisionId")}
        error={formState.errors.unitDecisionId?.message}
      />
      <TextAreaField label="Why you are adding it" rows={3} {...register("reason")} error={formState.errors.reason?.message} />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Add to the plan
        </Button>
      </div>
    </form>
  );
}
