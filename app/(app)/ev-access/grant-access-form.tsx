"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { CheckboxListFieldset } from "@/components/forms/checkbox-list-fieldset";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  grantExternalVerifierAccessFields,
  grantExternalVerifierAccessSchema,
  type GrantExternalVerifierAccessInput,
} from "@/lib/external-verifier-access/schemas";
import { grantExternalVerifierAccessAction } from "./actions";

type Option = { id: string; label: string };

/** The admin chooses the verifier, the visit (optional), the last day and the candidates the verifier may read. */
export function GrantAccessForm(props: {
  workspaceKey: string;
  today: string;
  verifiers: Option[];
  visits: Option[];
  candidates: Option[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, reset, formState } = useForm<GrantExternalVerifierAccessInput>({
    resolver: zodResolver(grantExternalVerifierAccessSchema),
    defaultValues: {
      externalVerifierUserId: props.verifiers.length === 1 ? props.verifiers[0]!.id : "",
      visitId: "",
      expiresOn: "",
      candidateIds: [],
    },
  });
  const candidateIds = watch("candidateIds");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await grantExternalVerifierAccessAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, grantExternalVerifierAccessFields));
      return;
    }
    toast.show("Access granted. The verifier sees the chosen candidates when they sign in.");
    reset();
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Grant access">
      <FormError message={formError} />
      <SelectField
        label="External verifier"
        placeholder="Choose…"
        options={props.verifiers.map((option) => ({ value: option.id, label: option.label }))}
        {...register("externalVerifierUserId")}
        error={formState.errors.externalVerifierUserId?.message}
      />
      <SelectField
        label="Visit (optional)"
        placeholder="Not for a particular visit"
        options={props.visits.map((option) => ({ value: option.id, label: option.label }))}
        {...register("visitId")}
        error={formState.errors.visitId?.message}
      />
      <TextField
        type="date"
        min={props.today}
        label="Last day of access"
        hint="The verifier can read the candidates until the end of this day, unless you revoke it sooner."
        {...register("expiresOn")}
        error={formState.errors.expiresOn?.message}
      />
      <CheckboxListFieldset
        legend="Candidates the verifier may read"
        hint="Read-only: their record, evidence, plans, feedback and files. Every page opened and file downloaded is logged."
        errorId="grant-candidates-error"
        error={formState.errors.candidateIds?.message ?? formState.errors.candidateIds?.[0]?.message}
        options={props.candidates}
        selected={candidateIds}
        onToggle={(id, ticked) =>
          setValue("candidateIds", ticked ? [...candidateIds, id] : candidateIds.filter((value) => value !== id), {
            shouldValidate: formState.isSubmitted,
          })
        }
        emptyText="The centre has no candidates yet."
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Grant access
        </Button>
      </div>
    </form>
  );
}
