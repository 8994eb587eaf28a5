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
import { addSchoolSchema, type AddSchoolInput } from "@/lib/schools/schemas";
import { addSchoolAction, updateSchoolAction } from "./actions";

/** Adds a school, or (given the school and the version shown) changes its details. */
export function SchoolForm(props: { workspaceKey: string; school?: { id: string; version: number }; defaults?: AddSchoolInput }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AddSchoolInput>({
    resolver: zodResolver(addSchoolSchema),
    values: props.defaults ?? { name: "", urn: "", contactEmail: "" },
    resetOptions: { keepDirtyValues: true },
  });
  const editing = props.school !== undefined;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = props.school
      ? await updateSchoolAction(props.workspaceKey, { ...values, schoolId: props.school.id, version: props.school.version })
      : await addSchoolAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["name", "urn", "contactEmail"]));
      return;
    }
    toast.show(editing ? "School details saved." : "School added.");
    if (editing) router.refresh();
    else router.push(`/schools/${result.data.schoolId}`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-5"
      aria-label={editing ? "Change the school's details" : "Add a school"}
    >
      <FormError message={formError} />
      <TextField label="School name" autoComplete="organization" {...register("name")} error={formState.errors.name?.message} />
      <TextField
        label="URN (optional)"
        hint="The school's unique reference number from the Department for Education, 6 or 7 digits."
        inputMode="numeric"
        {...register("urn")}
        error={formState.errors.urn?.message}
      />
      <TextField
        label="Contact email (optional)"
        hint="Where ICT Mark renewal reminders go."
        type="email"
        autoComplete="email"
        {...register("contactEmail")}
        error={formState.errors.contactEmail?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {editing ? "Save details" : "Add school"}
        </Button>
      </div>
    </form>
  );
}
