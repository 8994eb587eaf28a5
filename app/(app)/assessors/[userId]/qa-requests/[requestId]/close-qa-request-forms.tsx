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
import {
  cancelQaRequestSchema,
  completeQaRequestSchema,
  type CancelQaRequestInput,
  type CompleteQaRequestInput,
} from "@/lib/qa-requests/schemas";
import { cancelQaRequestAction, completeQaRequestAction } from "../../actions";

type Props = { workspaceKey: string; requestId: string; version: number };

export function CompleteQaRequestForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CompleteQaRequestInput>({
    resolver: zodResolver(completeQaRequestSchema),
    defaultValues: { requestId: props.requestId, version: props.version, outcome: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await completeQaRequestAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["outcome"]));
      return;
    }
    toast.show("Request completed.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Complete the request">
      <FormError message={formError} />
      <TextAreaField
        label="Outcome"
        hint="What the request found."
        rows={4}
        {...register("outcome")}
        error={formState.errors.outcome?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Complete the request
        </Button>
      </div>
    </form>
  );
}

export function CancelQaRequestForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CancelQaRequestInput>({
    resolver: zodResolver(cancelQaRequestSchema),
    defaultValues: { requestId: props.requestId, version: props.version, reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await cancelQaRequestAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["reason"]));
      return;
    }
    toast.show("Request cancelled.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Cancel the request">
      <FormError message={formError} />
      <TextAreaField label="Why it is cancelled" rows={2} {...register("reason")} error={formState.errors.reason?.message} />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Cancel the request
        </Button>
      </div>
    </form>
  );
}
