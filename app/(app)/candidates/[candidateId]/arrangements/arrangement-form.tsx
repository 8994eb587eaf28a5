"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { arrangementKindHints, arrangementKindLabels, arrangementKinds } from "@/lib/assessment-arrangements/labels";
import { arrangementFieldNames, changeArrangementSchema, type ChangeArrangementInput } from "@/lib/assessment-arrangements/schemas";
import { changeArrangementAction, recordArrangementAction } from "./actions";

export type ArrangementValues = {
  kind: "" | (typeof arrangementKinds)[number];
  reason: string;
  arrangement: string;
  unitId: string;
  appliesFrom: string;
  appliesUntil: string;
  approvedByAwardingBodyOn: string;
};

/**
 * Records a new arrangement, or changes one (with the version the admin saw). One form for both:
 * the change schema is the record schema plus the arrangement's id and version.
 */
export function ArrangementForm(props: {
  workspaceKey: string;
  candidateId: string;
  units: { value: string; label: string }[];
  values: ArrangementValues;
  /** Set when changing an existing arrangement. */
  existing?: { arrangementId: string; version: number };
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const placeholderId = "00000000-0000-4000-8000-000000000000";
  const { register, handleSubmit, setError, formState } = useForm<ChangeArrangementInput>({
    resolver: zodResolver(changeArrangementSchema),
    defaultValues: {
      candidateId: props.candidateId,
      arrangementId: props.existing?.arrangementId ?? placeholderId,
      version: props.existing?.version ?? 1,
      ...props.values,
      kind: props.values.kind === "" ? undefined : props.values.kind,
    },
  });
  const errorOf = (name: (typeof arrangementFieldNames)[number]) => formState.errors[name]?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const { arrangementId, version, ...fields } = values;
    const result = props.existing
      ? await changeArrangementAction(props.workspaceKey, { ...fields, arrangementId, version })
      : await recordArrangementAction(props.workspaceKey, fields);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, arrangementFieldNames));
      return;
    }
    toast.show(props.existing ? "Arrangement changed." : "Arrangement recorded. The candidate's assessor sees it while it is in force.");
    router.push(`/candidates/${props.candidateId}/arrangements`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label={props.existing ? "Change the arrangement" : "Record an arrangement"}
    >
      <FormError message={formError} />
      <SelectField
        label="Kind"
        hint={`${arrangementKindLabels.REASONABLE_ADJUSTMENT}: ${arrangementKindHints.REASONABLE_ADJUSTMENT.toLowerCase()} ${arrangementKindLabels.SPECIAL_CONSIDERATION}: ${arrangementKindHints.SPECIAL_CONSIDERATION.toLowerCase()}`}
        placeholder="Choose…"
        options={arrangementKinds.map((kind) => ({ value: kind, label: arrangementKindLabels[kind] }))}
        {...register("kind")}
        error={errorOf("kind")}
      />
      <TextAreaField
        label="Reason"
        hint="The need or circumstance, for example “Dyslexia (assessed 2024)” or “Broken wrist on the day of the observation”."
        rows={3}
        {...register("reason")}
        error={errorOf("reason")}
      />
      <TextAreaField
        label="Arrangement"
        hint="What is done, for example “Questions read aloud; 25% extra time for written work”."
        rows={3}
        {...register("arrangement")}
        error={errorOf("arrangement")}
      />
      <SelectField
        label="Unit"
        options={[{ value: "", label: "Every unit" }, ...props.units]}
        {...register("unitId")}
        error={errorOf("unitId")}
      />
      <TextField type="date" label="Applies from" {...register("appliesFrom")} error={errorOf("appliesFrom")} />
      <TextField
        type="date"
        label="Applies until (optional)"
        hint="Leave empty while it has no end."
        {...register("appliesUntil")}
        error={errorOf("appliesUntil")}
      />
      <TextField
        type="date"
        label="Date the awarding body approved it (where its approval is needed)"
        hint="Leave empty where the centre may agree it itself."
        {...register("approvedByAwardingBodyOn")}
        error={errorOf("approvedByAwardingBodyOn")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          {props.existing ? "Save changes" : "Record arrangement"}
        </Button>
        <Link href={`/candidates/${props.candidateId}/arrangements`} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
