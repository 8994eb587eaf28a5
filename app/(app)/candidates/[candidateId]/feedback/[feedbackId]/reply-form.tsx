"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { replyToFeedbackSchema, type ReplyToFeedbackInput } from "@/lib/feedback/schemas";
import { replyToFeedbackAction } from "../actions";

export function ReplyForm(props: { workspaceKey: string; feedbackId: string; version: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ReplyToFeedbackInput>({
    resolver: zodResolver(replyToFeedbackSchema),
    defaultValues: { feedbackId: props.feedbackId, version: props.version, response: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await replyToFeedbackAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["response"]));
      return;
    }
    toast.show("Reply sent to your assessor.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Reply to this feedback">
      <FormError message={formError} />
      <TextAreaField
        label="Your reply"
        hint="Your view of the assessment and the feedback. You can reply once; your assessor and the IQA see it."
        rows={5}
        {...register("response")}
        error={formState.errors.response?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Send reply
        </Button>
      </div>
    </form>
  );
}
