"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { malpracticeSubjectLabels } from "@/lib/malpractice/labels";
import { recordMalpracticeCaseSchema, type RecordMalpracticeCaseInput } from "@/lib/malpractice/schemas";
import { recordMalpracticeCaseAction } from "./actions";

type Person = { id: string; name: string };

/** The head of centre records a suspected case: who, what is suspected, when it came to light. */
export function RecordCaseForm(props: { workspaceKey: string; today: string; staff: Person[]; candidates: Person[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, watch } = useForm<RecordMalpracticeCaseInput>({
    resolver: zodResolver(recordMalpracticeCaseSchema),
    defaultValues: { subject: "" as never, staffUserId: "", candidateId: "", suspicion: "", cameToLightOn: props.today },
  });
  const subject = watch("subject");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordMalpracticeCaseAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["subject", "staffUserId", "candidateId", "suspicion", "cameToLightOn"]));
      return;
    }
    toast.show("Case recorded. Report it to the awarding body in writing.");
    router.push(`/malpractice/${(result.data as { caseId: string }).caseId}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label="Record a suspected case">
      <FormError message={formError} />
      <SelectField
        label="Who it involves"
        placeholder="Choose…"
        options={Object.entries(malpracticeSubjectLabels).map(([value, label]) => ({ value, label }))}
        {...register("subject")}
        error={formState.errors.subject?.message}
      />
      {subject === "STAFF" && (
        <SelectField
          label="Member of staff"
          placeholder="Choose…"
          options={props.staff.map((person) => ({ value: person.id, label: person.name }))}
          {...register("staffUserId")}
          error={formState.errors.staffUserId?.message}
        />
      )}
      {subject === "CANDIDATE" && (
        <SelectField
          label="Candidate"
          placeholder="Choose…"
          options={props.candidates.map((person) => ({ value: person.id, label: person.name }))}
          {...register("candidateId")}
          error={formState.errors.candidateId?.message}
        />
      )}
      <TextAreaField label="What is suspected" rows={4} {...register("suspicion")} error={formState.errors.suspicion?.message} />
      <TextField
        type="date"
        max={props.today}
        label="Date it came to light"
        {...register("cameToLightOn")}
        error={formState.errors.cameToLightOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the case
        </Button>
      </div>
    </form>
  );
}
