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
import { cancelVisitFields, cancelVisitSchema, type CancelVisitInput } from "@/lib/visits/schemas";
import { cancelVisitAction } from "../actions";

/** Cancels a planned visit with the reason; it stays in the list as cancelled. */
export function CancelVisitForm(props: { workspaceKey: string; visitId: string; version: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CancelVisitInput>({
    resolver: zodResolver(cancelVisitSchema),
    defaultValues: { visitId: props.visitId, version: props.version, cancelledReason: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await cancelVisitAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, cancelVisitFields));
      return;
    }
    toast.show("Visit cancelled.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label="Cancel the visit">
      <FormError message={formError} />
      <TextAreaField
        label="Why the visit is cancelled"
        rows={2}
        {...register("cancelledReason")}
        error={formState.errors.cancelledReason?.message}
      />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Cancel the visit
        </Button>
      </div>
    </form>
  );
}
