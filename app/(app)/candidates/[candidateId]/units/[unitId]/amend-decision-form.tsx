"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { amendUnitDecisionSchema, type AmendUnitDecisionInput } from "@/lib/sign-off/schemas";
import { amendUnitDecisionAction } from "./actions";

/** Changing a decision's rationale or date; a signed decision then needs signing again. */
export function AmendDecisionForm(props: {
  workspaceKey: string;
  decisionId: string;
  version: number;
  rationale: string;
  decidedOn: string;
  signed: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AmendUnitDecisionInput>({
    resolver: zodResolver(amendUnitDecisionSchema),
    values: { decisionId: props.decisionId, version: props.version, rationale: props.rationale, decidedOn: props.decidedOn },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await amendUnitDecisionAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["rationale", "decidedOn"]));
      return;
    }
    toast.show(props.signed ? "Decision changed: sign it again for it to count." : "Decision changed.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Change this decision">
      <FormError message={formError} />
      {props.signed && (
        <p>
          This decision has been signed. Changing it keeps the signed version as it was and makes a new version that must be signed again.
        </p>
      )}
      <TextAreaField label="Rationale" rows={4} {...register("rationale")} error={formState.errors.rationale?.message} />
      <TextField label="Date of the decision" type="date" {...register("decidedOn")} error={formState.errors.decidedOn?.message} />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Save the change
        </Button>
      </div>
    </form>
  );
}
