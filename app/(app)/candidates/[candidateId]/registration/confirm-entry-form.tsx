"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { confirmEntrySchema, type ConfirmEntryInput } from "@/lib/candidates/schemas";
import { confirmEntryAction } from "./actions";

export function ConfirmEntryForm(props: { workspaceKey: string; candidateId: string; version: number; confirmedOn: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ConfirmEntryInput>({
    resolver: zodResolver(confirmEntrySchema),
    defaultValues: { candidateId: props.candidateId, version: props.version, entryConfirmedOn: props.confirmedOn },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await confirmEntryAction(props.workspaceKey, { ...values, candidateId: props.candidateId, version: props.version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["entryConfirmedOn"]));
      return;
    }
    toast.show("The entry confirmation was saved.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Confirm the entry">
      <FormError message={formError} />
      <TextField
        label="Entry confirmed on"
        type="date"
        hint="The day the awarding body confirmed the entry (OCR: through Interchange)."
        {...register("entryConfirmedOn")}
        error={formState.errors.entryConfirmedOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {props.confirmedOn ? "Change the confirmation date" : "Confirm the entry"}
        </Button>
      </div>
    </form>
  );
}
