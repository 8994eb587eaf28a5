"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useToast } from "@/components/ui/toast";
import { acknowledgeIqaFeedbackSchema, type AcknowledgeIqaFeedbackInput } from "@/lib/iqa-feedback/schemas";
import { acknowledgeIqaFeedbackAction } from "../actions";

/** The assessor acknowledges the RD07 and responds to it, once. */
export function RespondForm(props: { workspaceKey: string; feedbackId: string; version: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AcknowledgeIqaFeedbackInput>({
    resolver: zodResolver(acknowledgeIqaFeedbackSchema),
    defaultValues: { feedbackId: props.feedbackId, version: props.version, assessorResponse: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acknowledgeIqaFeedbackAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["assessorResponse"]));
      return;
    }
    toast.show("Feedback acknowledged. Your IQA can read your response.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Acknowledge and respond">
      <FormError message={formError} />
      <TextAreaField
        label="Your response"
        hint="Your comments on the feedback and what you will do. Sending it acknowledges the feedback; you respond once, and it becomes part of the RD07."
        rows={5}
        {...register("assessorResponse")}
        error={formState.errors.assessorResponse?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Acknowledge and send response
        </Button>
      </div>
    </form>
  );
}
