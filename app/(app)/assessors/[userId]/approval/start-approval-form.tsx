"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { startApprovalSchema, type StartApprovalInput } from "@/lib/approvals/schemas";
import { startApprovalAction } from "./actions";

/** Starts the body's approval of a person in its register: in training (Institute) or selected (Naace). */
export function StartApprovalForm(props: { workspaceKey: string; userId: string; startsAs: string; askOrganisation: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<StartApprovalInput>({
    resolver: zodResolver(startApprovalSchema),
    defaultValues: { userId: props.userId, organisation: "", reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await startApprovalAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["organisation", "reason"]));
      return;
    }
    toast.show(`Approval started: ${props.startsAs.toLowerCase()}.`);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Start approval">
      <FormError message={formError} />
      {props.askOrganisation && (
        <TextField
          label="Organisation (optional)"
          hint="Shown with the name on the published list of registered assessors."
          {...register("organisation")}
          error={formState.errors.organisation?.message}
        />
      )}
      <TextAreaField label="Reason" rows={3} {...register("reason")} error={formState.errors.reason?.message} />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Start approval
        </Button>
      </div>
    </form>
  );
}
