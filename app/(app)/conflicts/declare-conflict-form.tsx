"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { relationshipOptions } from "@/lib/conflicts/labels";
import { declareConflictSchema, type DeclareConflictInput } from "@/lib/conflicts/schemas";
import { declareConflictAction } from "./actions";

export function DeclareConflictForm(props: {
  workspaceKey: string;
  today: string;
  candidates: { id: string; name: string; uln: string | null }[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; urgent: boolean } | null>(null);
  const emptyForm: DeclareConflictInput = {
    candidateId: "",
    relationship: "" as DeclareConflictInput["relationship"],
    details: "",
    declaredOn: props.today,
  };
  const { register, handleSubmit, setError, reset, formState } = useForm<DeclareConflictInput>({
    resolver: zodResolver(declareConflictSchema),
    defaultValues: emptyForm,
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setOutcome(null);
    const result = await declareConflictAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["candidateId", "relationship", "details", "declaredOn"]));
      return;
    }
    const { candidate, blocks, allocatedAndBlocked } = result.data;
    const roles = allocatedAndBlocked.map((role) => (role === "assessor" ? "assessor" : "IQA")).join(" and ");
    setOutcome(
      allocatedAndBlocked.length > 0
        ? {
            urgent: true,
            message: `Declared. You are ${candidate}'s allocated ${roles}: the centre admin now sees that ${candidate} must be reallocated, and you cannot record assessment decisions for them.`,
          }
        : {
            urgent: false,
            message: blocks
              ? `Declared. You will not be allocated to assess ${candidate} while this relationship continues.`
              : `Declared. General support does not stop you assessing ${candidate}, but it is noted on their registration.`,
          },
    );
    reset(emptyForm);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Declare a relationship">
      <FormError message={formError} />
      {outcome && (
        <p role="status" className={outcome.urgent ? "font-semibold text-danger-800" : "font-semibold text-success-800"}>
          {outcome.message}
        </p>
      )}
      <SelectField
        label="Candidate"
        placeholder="Choose a candidate"
        options={props.candidates.map((c) => ({ value: c.id, label: c.uln ? `${c.name} (ULN ${c.uln})` : c.name }))}
        {...register("candidateId")}
        error={formState.errors.candidateId?.message}
      />
      <SelectField
        label="Relationship"
        placeholder="Choose the relationship"
        hint="Family, personal, social, line-management, coaching, employment or financial ties stop you assessing the candidate or sampling their decisions (ICS code A2)."
        options={relationshipOptions}
        {...register("relationship")}
        error={formState.errors.relationship?.message}
      />
      <TextAreaField label="Details (optional)" rows={3} {...register("details")} error={formState.errors.details?.message} />
      <TextField label="Declared on" type="date" {...register("declaredOn")} error={formState.errors.declaredOn?.message} />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Declare
        </Button>
      </div>
    </form>
  );
}
