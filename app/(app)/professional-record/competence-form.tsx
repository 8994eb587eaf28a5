"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { recordOccupationalCompetenceSchema, type RecordOccupationalCompetenceInput } from "@/lib/professional-record/schemas";
import { recordOccupationalCompetenceAction } from "./actions";

/** Adds a unit the person is occupationally competent to assess, or changes the basis of one on the record. */
export function OccupationalCompetenceForm({ options }: { options: SelectOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<RecordOccupationalCompetenceInput>({
    resolver: zodResolver(recordOccupationalCompetenceSchema),
    defaultValues: { unitId: "", basis: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordOccupationalCompetenceAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["unitId", "basis"]));
      return;
    }
    toast.show("Unit recorded.");
    reset();
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Record a unit you can assess">
      <FormError message={formError} />
      <SelectField
        label="Unit"
        placeholder="Choose a unit"
        options={options}
        {...register("unitId")}
        error={formState.errors.unitId?.message}
      />
      <TextField
        label="What makes you competent to assess it"
        hint="For example: five years as a customer service team leader."
        maxLength={1000}
        {...register("basis")}
        error={formState.errors.basis?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save unit
        </Button>
      </div>
    </form>
  );
}
