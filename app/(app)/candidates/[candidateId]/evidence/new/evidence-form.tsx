"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { TextAreaField } from "@/components/ui/text-area-field";
import { FileUpload } from "@/components/files/file-upload";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { evidenceMethodOptions } from "@/lib/evidence/labels";
import { addEvidenceFields, addEvidenceSchema, type AddEvidenceInput } from "@/lib/evidence/schemas";
import { addEvidenceAction } from "../actions";

export function EvidenceForm(props: {
  workspaceKey: string;
  candidateId: string;
  actsAsCandidate: boolean;
  criteria: PickableCriterion[];
  defaults: Partial<AddEvidenceInput>;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { register, control, handleSubmit, setError, watch, formState } = useForm<AddEvidenceInput>({
    resolver: zodResolver(addEvidenceSchema),
    defaultValues: {
      candidateId: props.candidateId,
      title: "",
      method: "WORK_PRODUCT",
      location: "Uploaded to Assay",
      description: "",
      fileIds: [],
      criterionIds: [],
      anonymisationConfirmed: false,
      simulated: false,
      authenticatedBy: "",
      previousSubmissionId: "",
      ...props.defaults,
    },
  });
  const method = watch("method");
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addEvidenceAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, addEvidenceFields));
      return;
    }
    toast.show(`Added as ${result.data.reference}.`);
    router.push(`/candidates/${result.data.candidateId}/evidence/${result.data.evidenceItemId}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Add evidence">
      <FormError message={formError} />
      <TextField label="Title" {...register("title")} error={errors.title?.message} />
      <SelectField label="Kind of evidence" options={evidenceMethodOptions} {...register("method")} error={errors.method?.message} />
      {method === "PERSONAL_STATEMENT" && (
        <TextField
          label="Who authenticated it"
          hint="A personal statement must be confirmed as a true account by someone such as a tutor, employer or colleague (handbook 5.17)."
          {...register("authenticatedBy")}
          error={errors.authenticatedBy?.message}
        />
      )}
      <TextField
        label="Where it is held"
        hint="For example: uploaded to Assay, the workplace file, the employer's customer system."
        {...register("location")}
        error={errors.location?.message}
      />
      <TextAreaField label="Description (optional)" rows={3} {...register("description")} error={errors.description?.message} />
      <Controller
        control={control}
        name="fileIds"
        render={({ field }) => (
          <FileUpload
            candidateId={props.candidateId}
            workspaceKey={props.workspaceKey}
            label="Files"
            value={field.value}
            onChange={field.onChange}
            onBusyChange={setUploading}
            error={errors.fileIds?.message}
          />
        )}
      />
      <CheckboxField
        label="Other people's personal details are removed or hidden"
        hint="Names, email addresses and phone numbers of customers and colleagues must not appear in evidence (handbook 5.9). Required to submit files."
        {...register("anonymisationConfirmed")}
        error={errors.anonymisationConfirmed?.message}
      />
      <CheckboxField
        label="Produced in a simulated setting"
        hint="Simulation is not allowed for competence units (handbook 5.5)."
        {...register("simulated")}
      />
      <Controller
        control={control}
        name="criterionIds"
        render={({ field }) => (
          <CriteriaPicker
            legend={
              props.actsAsCandidate ? "Criteria you think it shows (your assessor confirms them)" : "Criteria it is cross-referenced to"
            }
            criteria={props.criteria}
            selected={field.value}
            onToggle={(id, ticked) => field.onChange(ticked ? [...field.value, id] : field.value.filter((value) => value !== id))}
            error={errors.criterionIds?.message}
          />
        )}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting} disabled={uploading}>
          {uploading ? "Waiting for uploads…" : "Add evidence"}
        </Button>
      </div>
    </form>
  );
}
