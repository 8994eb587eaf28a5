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
import { recordIctMarkAwardSchema, type RecordIctMarkAwardInput } from "@/lib/schools/schemas";
import { recordIctMarkAwardAction } from "../actions";

export function IctMarkAwardForm(props: { workspaceKey: string; schoolId: string; version: number; awardedOn: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RecordIctMarkAwardInput>({
    resolver: zodResolver(recordIctMarkAwardSchema),
    values: { schoolId: props.schoolId, version: props.version, awardedOn: props.awardedOn },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordIctMarkAwardAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["awardedOn"]));
      return;
    }
    toast.show("ICT Mark award recorded.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Record the ICT Mark award">
      <FormError message={formError} />
      <TextField
        label="ICT Mark awarded on"
        hint="The day of the award or of its renewal: the accreditation runs from it."
        type="date"
        {...register("awardedOn")}
        error={formState.errors.awardedOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record award
        </Button>
      </div>
    </form>
  );
}
