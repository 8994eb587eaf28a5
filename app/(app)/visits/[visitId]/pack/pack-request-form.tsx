"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { CheckboxListFieldset } from "@/components/forms/checkbox-list-fieldset";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { requestVisitPackSchema, type RequestVisitPackInput } from "@/lib/visit-pack/schemas";
import { requestVisitPackAction } from "./actions";

/** Chooses the work-in-progress portfolios and starts preparing the pack. */
export function PackRequestForm(props: {
  workspaceKey: string;
  visitId: string;
  candidates: { id: string; label: string }[];
  selected: string[];
  again: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<RequestVisitPackInput>({
    resolver: zodResolver(requestVisitPackSchema),
    defaultValues: { visitId: props.visitId, workInProgressCandidateIds: props.selected },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestVisitPackAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["workInProgressCandidateIds"]));
      return;
    }
    toast.show("Preparing the visit pack.");
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Prepare the visit pack"
      data-testid="visit-pack-form"
    >
      <FormError message={formError} />
      <Controller
        control={control}
        name="workInProgressCandidateIds"
        render={({ field, fieldState }) => (
          <CheckboxListFieldset
            legend="Work-in-progress portfolios to include"
            hint="Every claimed candidate's records and evidence are included anyway. Tick the candidates still working towards their qualification whose portfolios the external verifier asked to see."
            errorId="work-in-progress-error"
            error={fieldState.error?.message}
            options={props.candidates}
            selected={field.value}
            onToggle={(id, ticked) => field.onChange(ticked ? [...field.value, id] : field.value.filter((value) => value !== id))}
            emptyText="The centre has no candidates working towards a qualification."
          />
        )}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {props.again ? "Prepare the pack again" : "Prepare the visit pack"}
        </Button>
      </div>
    </form>
  );
}
