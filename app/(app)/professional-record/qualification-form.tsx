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
import { recordStaffQualificationSchema, type RecordStaffQualificationInput } from "@/lib/professional-record/schemas";
import { recordStaffQualificationAction } from "./actions";

const standingOptions: SelectOption[] = [
  { value: "held", label: "I hold it" },
  { value: "workingTowards", label: "I am working towards it" },
];

/** Adds a qualification, or corrects one already on the record (one entry per qualification). */
export function StaffQualificationForm({ options }: { options: SelectOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, reset, formState } = useForm<RecordStaffQualificationInput>({
    resolver: zodResolver(recordStaffQualificationSchema),
    defaultValues: { code: "", standing: "workingTowards", achievedOn: "" },
  });
  const standing = watch("standing");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordStaffQualificationAction({ ...values, achievedOn: values.standing === "held" ? values.achievedOn : "" });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["code", "standing", "achievedOn"]));
      return;
    }
    toast.show("Qualification recorded.");
    reset();
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Record a qualification">
      <FormError message={formError} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={options}
        {...register("code")}
        error={formState.errors.code?.message}
      />
      <SelectField label="Do you hold it?" options={standingOptions} {...register("standing")} error={formState.errors.standing?.message} />
      {standing === "held" && (
        <TextField label="Achieved on" type="date" {...register("achievedOn")} error={formState.errors.achievedOn?.message} />
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save qualification
        </Button>
      </div>
    </form>
  );
}
