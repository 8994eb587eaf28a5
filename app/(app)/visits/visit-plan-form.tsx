"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { scheduleVisitSchema, visitPlanFields, type ScheduleVisitInput } from "@/lib/visits/schemas";
import { rescheduleVisitAction, scheduleVisitAction } from "./actions";

export type QualificationOption = { id: string; title: string; qualificationNumber: string; certificationEndDate: string | null };

/**
 * Schedules a visit, or (with `visit`) changes a planned one on the version the admin saw: the day,
 * the EV, what it is for, the qualification it covers or all, and whether it is the final visit.
 */
export function VisitPlanForm(props: {
  workspaceKey: string;
  qualifications: QualificationOption[];
  visit?: { id: string; version: number; values: ScheduleVisitInput };
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<ScheduleVisitInput>({
    resolver: zodResolver(scheduleVisitSchema),
    defaultValues: props.visit?.values ?? { visitOn: "", externalVerifierName: "", purpose: "", qualificationId: "", final: false },
  });
  const changing = props.visit !== undefined;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = props.visit
      ? await rescheduleVisitAction(props.workspaceKey, { ...values, visitId: props.visit.id, version: props.visit.version })
      : await scheduleVisitAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, visitPlanFields));
      return;
    }
    if (changing) {
      toast.show("Visit changed.");
      router.refresh();
    } else {
      toast.show("Visit scheduled.");
      reset();
      router.push(`/visits/${result.data.visitId}`);
    }
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-3"
      aria-label={changing ? "Change the visit" : "Schedule a visit"}
    >
      <FormError message={formError} />
      <TextField type="date" label="Date of the visit" {...register("visitOn")} error={errors.visitOn?.message} />
      <TextField
        label="External verifier's name"
        autoComplete="off"
        {...register("externalVerifierName")}
        error={errors.externalVerifierName?.message}
      />
      <TextAreaField
        label="What the visit is for"
        hint="For example: annual verification visit, or a final visit before the qualification ends."
        rows={2}
        {...register("purpose")}
        error={errors.purpose?.message}
      />
      <SelectField
        label="Qualification it covers"
        placeholder="All the centre's qualifications"
        options={props.qualifications.map((qualification) => ({
          value: qualification.id,
          label: `${qualification.title} (${qualification.qualificationNumber})${qualification.certificationEndDate ? `, ends ${qualification.certificationEndDate}` : ""}`,
        }))}
        {...register("qualificationId")}
        error={errors.qualificationId?.message}
      />
      <CheckboxField
        label="Final visit for this qualification (Direct Claims Status)"
        hint="The last verification visit before the qualification's end date: every candidate must be included, and DCS ends after it (OCR handbook 5.21.3)."
        {...register("final")}
        error={errors.final?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          {changing ? "Save the changes" : "Schedule the visit"}
        </Button>
      </div>
    </form>
  );
}
