"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { cpdCategoryOptions } from "@/lib/cpd/labels";
import { recordCpdEntrySchema, type RecordCpdEntryInput } from "@/lib/cpd/schemas";
import { recordCpdEntryAction, updateCpdEntryAction } from "./actions";

const fields = ["activityOn", "hours", "category", "description", "mandatoryEvent"] as const;

/** Logs a CPD activity, or (with `entry`) corrects one; an edit names the version it was opened at. */
export function CpdEntryForm({
  eventOptions,
  entry,
  onDone,
}: {
  eventOptions: SelectOption[];
  entry?: { id: string; version: number; values: RecordCpdEntryInput };
  onDone?: () => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<RecordCpdEntryInput>({
    resolver: zodResolver(recordCpdEntrySchema),
    defaultValues: entry?.values ?? { activityOn: "", hours: "", category: "ASSESSOR_SKILLS", description: "", mandatoryEvent: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = entry
      ? await updateCpdEntryAction({ ...values, cpdEntryId: entry.id, version: entry.version })
      : await recordCpdEntryAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, [...fields]));
      return;
    }
    toast.show(entry ? "CPD activity corrected." : "CPD logged.");
    if (!entry) reset();
    onDone?.();
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-5"
      aria-label={entry ? "Correct this CPD activity" : "Log CPD"}
    >
      <FormError message={formError} />
      <TextField label="Date" type="date" {...register("activityOn")} error={formState.errors.activityOn?.message} />
      <TextField
        label="Hours"
        hint={
          eventOptions.length > 0
            ? "For example 1.5. For a required event you may leave it empty: it counts for what the policy credits."
            : "For example 1.5."
        }
        inputMode="decimal"
        {...register("hours")}
        error={formState.errors.hours?.message}
      />
      <SelectField
        label="What it was about"
        options={cpdCategoryOptions}
        {...register("category")}
        error={formState.errors.category?.message}
      />
      {eventOptions.length > 0 && (
        <SelectField
          label="Was it an event your awarding body requires?"
          options={[{ value: "", label: "No" }, ...eventOptions]}
          {...register("mandatoryEvent")}
          error={formState.errors.mandatoryEvent?.message}
        />
      )}
      <TextAreaField
        label="What you did and learnt"
        maxLength={2000}
        {...register("description")}
        error={formState.errors.description?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {entry ? "Save changes" : "Log CPD"}
        </Button>
      </div>
    </form>
  );
}
