"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { criterionJudgementOptions } from "@/lib/activities/labels";
import { judgeEvidenceSchema, type JudgeEvidenceInput } from "@/lib/evidence/schemas";
import { judgeEvidenceAction } from "../actions";

/** The assessor accepts the item (a judgement per criterion) or rejects it with reasons. */
export function JudgeEvidenceForm(props: {
  workspaceKey: string;
  evidenceItemId: string;
  version: number;
  reference: string;
  criteria: PickableCriterion[];
  crossReferenced: string[];
  needsAuthenticator: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, getValues, formState } = useForm<JudgeEvidenceInput>({
    resolver: zodResolver(judgeEvidenceSchema),
    defaultValues: {
      evidenceItemId: props.evidenceItemId,
      version: props.version,
      outcome: "ACCEPT",
      criteria: props.crossReferenced.map((criterionId) => ({ criterionId, judgement: "MET" as const })),
      rejectionReason: "",
      authenticatedBy: "",
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "criteria", keyName: "key" });
  const outcome = watch("outcome");
  const ticked = watch("criteria");
  const byId = useMemo(() => new Map(props.criteria.map((criterion) => [criterion.id, criterion])), [props.criteria]);
  const errors = formState.errors;

  function toggle(criterionId: string, on: boolean) {
    const index = getValues("criteria").findIndex((row) => row.criterionId === criterionId);
    if (on && index === -1) append({ criterionId, judgement: "MET" }, { shouldFocus: false });
    if (!on && index !== -1) remove(index);
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await judgeEvidenceAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(
        applyActionErrors(result, setError, ["outcome", "criteria", "rejectionReason", "authenticatedBy"] as Path<JudgeEvidenceInput>[]),
      );
      return;
    }
    toast.show(`${props.reference} ${result.data.status === "ACCEPTED" ? "accepted" : "rejected"}.`);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={`Judge ${props.reference}`}>
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-ink">Your judgement</legend>
        {(
          [
            ["ACCEPT", "Accept: it meets the criteria ticked below"],
            ["REJECT", "Reject: say why, so the candidate can resubmit"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
            <input type="radio" value={value} {...register("outcome")} className="size-6 accent-brand-700" />
            {label}
          </label>
        ))}
      </fieldset>
      {outcome === "ACCEPT" ? (
        <>
          <CriteriaPicker
            legend="Criteria the evidence meets"
            hint="The candidate's suggestions are ticked; confirm or change them."
            criteria={props.criteria}
            selected={ticked.map((row) => row.criterionId)}
            onToggle={toggle}
            error={errors.criteria?.message ?? errors.criteria?.root?.message}
          />
          {fields.map((field, index) => {
            const criterion = byId.get(field.criterionId);
            return (
              <SelectField
                key={field.key}
                label={`Judgement for ${criterion ? `${criterion.ref} ${criterion.text}` : "this criterion"}`}
                options={criterionJudgementOptions}
                {...register(`criteria.${index}.judgement`)}
              />
            );
          })}
          {props.needsAuthenticator && (
            <TextField
              label="Who authenticated this personal statement"
              hint="Handbook 5.17: a tutor, employer or colleague confirms it is a true account."
              {...register("authenticatedBy")}
              error={errors.authenticatedBy?.message}
            />
          )}
        </>
      ) : (
        <TextAreaField label="Why it is rejected" rows={4} {...register("rejectionReason")} error={errors.rejectionReason?.message} />
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting} variant={outcome === "REJECT" ? "danger" : "primary"}>
          {outcome === "REJECT" ? `Reject ${props.reference}` : `Accept ${props.reference}`}
        </Button>
      </div>
    </form>
  );
}
