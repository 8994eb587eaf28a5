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
import { endConflictSchema, type EndConflictInput } from "@/lib/conflicts/schemas";
import { endConflictAction } from "./actions";

export function EndConflictForm(props: { declarationId: string; version: number; today: string; label: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<EndConflictInput>({
    resolver: zodResolver(endConflictSchema),
    defaultValues: { declarationId: props.declarationId, version: props.version, endedOn: props.today },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await endConflictAction({ ...values, declarationId: props.declarationId, version: props.version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["endedOn"]));
      return;
    }
    toast.show("The declaration was ended.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label={`End: ${props.label}`}>
      <FormError message={formError} className="w-full" />
      <TextField label="Ended on" type="date" {...register("endedOn")} error={formState.errors.endedOn?.message} />
      <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
        End this declaration
      </Button>
    </form>
  );
}
