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
import {
  closeSupportingReviewFields,
  closeSupportingReviewSchema,
  type CloseSupportingReviewInput,
} from "@/lib/supporting-reviews/schemas";
import { closeSupportingReviewAction } from "../../actions";

/** Closes the review: the assessor returns to the permission level they held before it. */
export function CloseReviewForm(props: { workspaceKey: string; reviewId: string; version: number; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CloseSupportingReviewInput>({
    resolver: zodResolver(closeSupportingReviewSchema),
    defaultValues: { reviewId: props.reviewId, version: props.version, closedOn: props.today, outcome: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await closeSupportingReviewAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, closeSupportingReviewFields));
      return;
    }
    toast.show("Supporting review closed.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Close the review">
      <FormError message={formError} />
      <TextField label="Date closed" type="date" max={props.today} {...register("closedOn")} error={formState.errors.closedOn?.message} />
      <TextAreaField
        label="Outcome"
        hint="How the assessor was supported back to compliance."
        rows={3}
        {...register("outcome")}
        error={formState.errors.outcome?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Close the review
        </Button>
      </div>
    </form>
  );
}
