"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { completeActionPointFields, completeVisitActionPointSchema, type CompleteVisitActionPointInput } from "@/lib/visits/schemas";
import { completeVisitActionPointAction } from "../actions";

/** Records that an action point was met: the day and what was done (the evidence for the next visit). */
export function CompleteActionPointForm(props: {
  workspaceKey: string;
  actionPointId: string;
  version: number;
  today: string;
  number: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CompleteVisitActionPointInput>({
    resolver: zodResolver(completeVisitActionPointSchema),
    defaultValues: { actionPointId: props.actionPointId, version: props.version, completedOn: props.today, completionEvidence: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await completeVisitActionPointAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, completeActionPointFields));
      return;
    }
    toast.show("Recorded as done.");
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-3 flex flex-col gap-3"
      aria-label={`Record point ${props.number} as done`}
    >
      <FormError message={formError} />
      <TextField
        type="date"
        max={props.today}
        label="Date it was done"
        {...register("completedOn")}
        error={formState.errors.completedOn?.message}
      />
      <TextAreaField
        label="What was done (evidence for the next visit)"
        rows={3}
        {...register("completionEvidence")}
        error={formState.errors.completionEvidence?.message}
      />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Record as done
        </Button>
      </div>
    </form>
  );
}
