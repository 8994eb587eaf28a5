"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { giveFeedbackFields, giveFeedbackSchema, type GiveFeedbackInput } from "@/lib/feedback/schemas";
import { giveFeedbackAction } from "../actions";

export function GiveFeedbackForm(props: {
  workspaceKey: string;
  candidateId: string;
  evidenceItemId: string;
  activityId: string;
  cancelHref: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<GiveFeedbackInput>({
    resolver: zodResolver(giveFeedbackSchema),
    defaultValues: {
      candidateId: props.candidateId,
      evidenceItemId: props.evidenceItemId,
      activityId: props.activityId,
      achieved: "",
      nextSteps: "",
      plannedActions: "",
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await giveFeedbackAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, giveFeedbackFields));
      return;
    }
    toast.show("Feedback saved. The candidate can read it and reply.");
    router.push(`/candidates/${props.candidateId}/feedback/${result.data.feedbackId}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Give feedback">
      <FormError message={formError} />
      <TextAreaField label="What was achieved" rows={4} {...register("achieved")} error={formState.errors.achieved?.message} />
      <TextAreaField label="What is needed next" rows={4} {...register("nextSteps")} error={formState.errors.nextSteps?.message} />
      <TextAreaField
        label="Planned actions"
        hint="What you and the candidate will do, and by when (optional)."
        rows={3}
        {...register("plannedActions")}
        error={formState.errors.plannedActions?.message}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Save feedback
        </Button>
        <Link href={props.cancelHref} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
