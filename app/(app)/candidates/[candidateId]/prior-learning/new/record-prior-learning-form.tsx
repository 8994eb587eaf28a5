"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { CheckboxListFieldset } from "@/components/forms/checkbox-list-fieldset";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useToast } from "@/components/ui/toast";
import { recordPriorLearningFields, recordPriorLearningSchema, type RecordPriorLearningInput } from "@/lib/prior-learning/schemas";
import { recordPriorLearningAction } from "../actions";

type UnitOption = { id: string; label: string; criteria: { id: string; label: string }[] };

export function RecordPriorLearningForm(props: { workspaceKey: string; candidateId: string; units: UnitOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<RecordPriorLearningInput>({
    resolver: zodResolver(recordPriorLearningSchema),
    defaultValues: { candidateId: props.candidateId, unitId: "", assessmentCriterionIds: [], priorLearning: "", evidence: "" },
  });
  const unitId = watch("unitId");
  const chosen = watch("assessmentCriterionIds") ?? [];
  const unit = props.units.find((option) => option.id === unitId);
  const unitField = register("unitId");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordPriorLearningAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, recordPriorLearningFields));
      return;
    }
    toast.show("Prior learning recorded. It waits for the assessor's decision.");
    router.push(`/candidates/${props.candidateId}/prior-learning`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Record prior learning">
      <FormError message={formError} />
      <SelectField
        label="Unit"
        placeholder="Choose a unit…"
        options={props.units.map((option) => ({ value: option.id, label: option.label }))}
        {...unitField}
        onChange={(event) => {
          setValue("assessmentCriterionIds", []);
          return unitField.onChange(event);
        }}
        error={formState.errors.unitId?.message}
      />
      {unit && (
        <CheckboxListFieldset
          legend="Assessment criteria it meets"
          hint="Tick none if it is put forward against every criterion of the unit."
          errorId="prior-learning-criteria-error"
          error={formState.errors.assessmentCriterionIds?.message}
          options={unit.criteria}
          selected={chosen}
          onToggle={(id, ticked) =>
            setValue("assessmentCriterionIds", ticked ? [...chosen, id] : chosen.filter((criterionId) => criterionId !== id))
          }
          emptyText="This unit has no assessment criteria entered: it is put forward against the whole unit."
        />
      )}
      <TextAreaField
        label="Prior learning"
        hint="What the candidate learned or achieved before, where and when (currency matters)."
        rows={5}
        {...register("priorLearning")}
        error={formState.errors.priorLearning?.message}
      />
      <TextAreaField
        label="Evidence"
        hint="Certificates, references, products of work: what was seen and where it is kept."
        rows={4}
        {...register("evidence")}
        error={formState.errors.evidence?.message}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Record prior learning
        </Button>
        <Link href={`/candidates/${props.candidateId}/prior-learning`} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
