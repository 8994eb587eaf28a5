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
import { recordQualificationCompetenceSchema, type RecordQualificationCompetenceInput } from "@/lib/professional-record/schemas";
import { recordQualificationCompetenceAction } from "./actions";

/** Records every unit of one qualification in one go, with one basis. */
export function QualificationCompetenceForm({ options }: { options: SelectOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<RecordQualificationCompetenceInput>({
    resolver: zodResolver(recordQualificationCompetenceSchema),
    defaultValues: { qualificationId: "", basis: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordQualificationCompetenceAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["qualificationId", "basis"]));
      return;
    }
    toast.show(`${result.data.unitsAdded} unit${result.data.unitsAdded === 1 ? "" : "s"} added, ${result.data.unitsUpdated} updated.`);
    reset();
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-5"
      aria-label="Record every unit of a qualification"
    >
      <FormError message={formError} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={options}
        {...register("qualificationId")}
        error={formState.errors.qualificationId?.message}
      />
      <TextField
        label="What makes you competent to assess its units"
        hint="For example: I hold this qualification and have worked in the sector for six years."
        maxLength={1000}
        {...register("basis")}
        error={formState.errors.basis?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save all units
        </Button>
      </div>
    </form>
  );
}
