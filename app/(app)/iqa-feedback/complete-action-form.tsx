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
import { completeIqaActionSchema, type CompleteIqaActionInput } from "@/lib/iqa-feedback/schemas";
import { completeIqaActionAction } from "./actions";

/** The owner marks an open action done, saying what they did. Opened from a "Mark as done" disclosure. */
export function CompleteActionForm(props: { workspaceKey: string; actionId: string; version: number; description: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CompleteIqaActionInput>({
    resolver: zodResolver(completeIqaActionSchema),
    defaultValues: { actionId: props.actionId, version: props.version, completionNote: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await completeIqaActionAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["completionNote"]));
      return;
    }
    toast.show("Action marked as done.");
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-3 flex max-w-xl flex-col gap-3"
      aria-label={`Complete: ${props.description}`}
    >
      <FormError message={formError} />
      <TextAreaField
        label="What you did"
        hint="Your note stays with the action; the person who set it reads it."
        rows={3}
        {...register("completionNote")}
        error={formState.errors.completionNote?.message}
      />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Mark as done
        </Button>
      </div>
    </form>
  );
}
