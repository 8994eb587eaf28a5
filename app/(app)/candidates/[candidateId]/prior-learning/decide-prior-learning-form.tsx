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
import { decidePriorLearningFields, decidePriorLearningSchema, type DecidePriorLearningInput } from "@/lib/prior-learning/schemas";
import { decidePriorLearningAction } from "./actions";

/** The assessor's decision on prior learning put forward, on the version they saw. */
export function DecidePriorLearningForm(props: {
  workspaceKey: string;
  candidateId: string;
  claimId: string;
  version: number;
  unitName: string;
  today: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<DecidePriorLearningInput>({
    resolver: zodResolver(decidePriorLearningSchema),
    defaultValues: {
      candidateId: props.candidateId,
      claimId: props.claimId,
      version: props.version,
      decision: undefined,
      decisionNotes: "",
      decidedOn: props.today,
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await decidePriorLearningAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, decidePriorLearningFields));
      if (result.code === "STALE") router.refresh();
      return;
    }
    toast.show("Decision recorded.");
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-3"
      aria-label={`Decide on prior learning for ${props.unitName}`}
    >
      <h3 className="text-base font-semibold">Your decision</h3>
      <FormError message={formError} />
      <SelectField
        label="Is the prior learning accepted?"
        placeholder="Choose…"
        options={[
          { value: "ACCEPTED", label: "Accepted: it meets the criteria and is current" },
          { value: "NOT_ACCEPTED", label: "Not accepted" },
        ]}
        {...register("decision")}
        error={formState.errors.decision?.message}
      />
      <TextAreaField
        label="Reasons"
        hint="How the evidence meets the criteria (or does not), and whether the learning is current."
        rows={4}
        {...register("decisionNotes")}
        error={formState.errors.decisionNotes?.message}
      />
      <TextField
        type="date"
        max={props.today}
        label="Date of the decision"
        {...register("decidedOn")}
        error={formState.errors.decidedOn?.message}
      />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Record decision
        </Button>
      </div>
    </form>
  );
}
