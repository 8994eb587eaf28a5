"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { assessmentMethodLabels, assessmentMethods, type AssessmentMethodName } from "@/lib/assessment-plans/labels";
import { createAssessmentPlanSchema, planFormFields, type CreateAssessmentPlanInput } from "@/lib/assessment-plans/schemas";
import { createAssessmentPlanAction, updateAssessmentPlanAction } from "./actions";

export type PlanFormValues = Omit<CreateAssessmentPlanInput, "candidateId">;

export const emptyPlan: PlanFormValues = {
  title: "",
  activities: "",
  methods: [],
  evidenceSources: "",
  unitIds: [],
  plannedOn: "",
  reviewOn: "",
  place: "",
  peopleInvolved: "",
};

/** Writes a new plan (no plan yet) or changes one (planId + version), with the same fields. */
export function PlanForm(props: {
  workspaceKey: string;
  candidateId: string;
  units: { id: string; label: string }[];
  defaults: PlanFormValues;
  existing?: { planId: string; version: number; agreed: boolean };
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, setValue, formState } = useForm<CreateAssessmentPlanInput>({
    resolver: zodResolver(createAssessmentPlanSchema),
    defaultValues: { candidateId: props.candidateId, ...props.defaults },
  });
  const methods = watch("methods");
  const unitIds = watch("unitIds");

  function toggleMethod(value: AssessmentMethodName, ticked: boolean) {
    const next = methods.filter((item) => item !== value);
    setValue("methods", ticked ? [...next, value] : next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }
  function toggleUnit(value: string, ticked: boolean) {
    const next = unitIds.filter((item) => item !== value);
    setValue("unitIds", ticked ? [...next, value] : next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const { candidateId, ...fields } = values;
    if (props.existing) {
      const result = await updateAssessmentPlanAction(props.workspaceKey, {
        ...fields,
        planId: props.existing.planId,
        version: props.existing.version,
      });
      if (!result.ok) {
        setFormError(applyActionErrors(result, setError, planFormFields));
        return;
      }
      toast.show(
        result.data.newVersion
          ? `Plan saved as version ${result.data.recordVersion}: the candidate is asked to confirm it.`
          : "Plan saved.",
      );
      router.push(`/candidates/${candidateId}/plans/${props.existing.planId}`);
      router.refresh();
      return;
    }
    const result = await createAssessmentPlanAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, planFormFields));
      return;
    }
    toast.show("Plan saved: the candidate is asked to confirm it.");
    router.push(`/candidates/${candidateId}/plans/${result.data.planId}`);
  });

  const errors = formState.errors;
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label={props.existing ? "Change the plan" : "Write a plan"}
    >
      <FormError message={formError} />
      {props.existing?.agreed && (
        <p className="rounded-md border border-warning-800/30 bg-warning-100 p-3 text-warning-800">
          The candidate has agreed this plan. A change makes a new version that they confirm again; the version they agreed stays on record.
        </p>
      )}
      <TextField
        label="Title"
        hint="For example: Complaints, observation and professional discussion."
        {...register("title")}
        error={errors.title?.message}
      />
      <TextAreaField
        label="Agreed activities"
        hint="What the candidate will do and what you will assess."
        rows={5}
        {...register("activities")}
        error={errors.activities?.message}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-ink">Assessment methods</legend>
        <FieldError id="plan-methods-error">{errors.methods?.message}</FieldError>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {assessmentMethods.map((method) => (
            <CheckboxField
              key={method}
              label={assessmentMethodLabels[method]}
              name="methods"
              value={method}
              checked={methods.includes(method)}
              onChange={(event) => toggleMethod(method, event.target.checked)}
              aria-describedby={errors.methods ? "plan-methods-error" : undefined}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label="Evidence sources"
        hint="Where the evidence will come from: documents, witnesses, work products."
        {...register("evidenceSources")}
        error={errors.evidenceSources?.message}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-ink">Units covered</legend>
        <FieldError id="plan-units-error">{errors.unitIds?.message}</FieldError>
        {props.units.length === 0 ? (
          <p>This qualification has no units yet.</p>
        ) : (
          props.units.map((unit) => (
            <CheckboxField
              key={unit.id}
              label={unit.label}
              name="unitIds"
              value={unit.id}
              checked={unitIds.includes(unit.id)}
              onChange={(event) => toggleUnit(unit.id, event.target.checked)}
              aria-describedby={errors.unitIds ? "plan-units-error" : undefined}
            />
          ))
        )}
      </fieldset>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField label="Planned date" type="date" {...register("plannedOn")} error={errors.plannedOn?.message} />
        <TextField label="Review date" type="date" {...register("reviewOn")} error={errors.reviewOn?.message} />
      </div>
      <TextField label="Place" hint="Where the assessment will happen." {...register("place")} error={errors.place?.message} />
      <TextAreaField
        label="People involved"
        hint="Besides you and the candidate: witnesses, their line manager."
        {...register("peopleInvolved")}
        error={errors.peopleInvolved?.message}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          {props.existing ? "Save changes" : "Save plan"}
        </Button>
        <Link
          href={
            props.existing ? `/candidates/${props.candidateId}/plans/${props.existing.planId}` : `/candidates/${props.candidateId}/plans`
          }
          className={buttonClasses("secondary")}
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
