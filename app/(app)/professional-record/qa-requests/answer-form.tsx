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
import { answerQaRequestSchema, type AnswerQaRequestInput } from "@/lib/qa-requests/schemas";
import { answerQaRequestAction } from "./actions";

/** The assessor's answer to a quality-assurance request; they may change it until the body completes the request. */
export function AnswerForm(props: { workspaceKey: string; requestId: string; version: number; current: string | null; label: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AnswerQaRequestInput>({
    resolver: zodResolver(answerQaRequestSchema),
    defaultValues: { requestId: props.requestId, version: props.version, response: props.current ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await answerQaRequestAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["response"]));
      return;
    }
    toast.show("Answer sent to the awarding body.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label={props.label}>
      <FormError message={formError} />
      <TextAreaField
        label="Your answer"
        hint="What you have sent or arranged, e.g. where your CPD log is, which decisions you sent, or dates for an observation."
        rows={4}
        {...register("response")}
        error={formState.errors.response?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {props.current ? "Update your answer" : "Send your answer"}
        </Button>
      </div>
    </form>
  );
}
