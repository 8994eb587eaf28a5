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
import { recordBreachFields, recordBreachSchema, type RecordBreachInput } from "@/lib/supporting-reviews/schemas";
import { recordBreachAction } from "./actions";

/** A breach of the Code: puts the assessor into a supporting review (opening one, or adding to the open one). */
export function RecordBreachForm(props: { workspaceKey: string; userId: string; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RecordBreachInput>({
    resolver: zodResolver(recordBreachSchema),
    defaultValues: { userId: props.userId, occurredOn: props.today, description: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordBreachAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, recordBreachFields));
      return;
    }
    toast.show("Breach recorded. The assessor is in a supporting review.");
    router.push(`/assessors/${props.userId}/reviews/${result.data.reviewId}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Record a breach">
      <FormError message={formError} />
      <TextField
        label="Date of the breach"
        type="date"
        max={props.today}
        {...register("occurredOn")}
        error={formState.errors.occurredOn?.message}
      />
      <TextAreaField
        label="What happened"
        hint="Which requirement of the Code was breached and the evidence for it."
        rows={4}
        {...register("description")}
        error={formState.errors.description?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the breach
        </Button>
      </div>
    </form>
  );
}
