"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { outcomeOptions } from "@/lib/sign-off/labels";
import { recordFormativeDecisionSchema, type RecordFormativeDecisionInput } from "@/lib/sign-off/schemas";
import { recordFormativeDecisionAction } from "./actions";

/** A formative decision: progress so far, with the rationale; it is not signed and does not count. */
export function FormativeDecisionForm(props: { workspaceKey: string; candidateId: string; unitId: string; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const empty = {
    candidateId: props.candidateId,
    unitId: props.unitId,
    outcome: "NOT_YET_ACHIEVED" as const,
    rationale: "",
    decidedOn: props.today,
  };
  const { register, handleSubmit, setError, reset, formState } = useForm<RecordFormativeDecisionInput>({
    resolver: zodResolver(recordFormativeDecisionSchema),
    values: empty,
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordFormativeDecisionAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["outcome", "rationale", "decidedOn"]));
      return;
    }
    reset(empty);
    toast.show("Formative decision recorded.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Record a formative decision">
      <FormError message={formError} />
      <SelectField label="Outcome so far" options={outcomeOptions} {...register("outcome")} error={formState.errors.outcome?.message} />
      <TextAreaField label="Rationale" rows={3} {...register("rationale")} error={formState.errors.rationale?.message} />
      <TextField label="Date of the decision" type="date" {...register("decidedOn")} error={formState.errors.decidedOn?.message} />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Record the formative decision
        </Button>
      </div>
    </form>
  );
}
