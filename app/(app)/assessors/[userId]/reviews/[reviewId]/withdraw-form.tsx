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
import { reviewWithdrawalReasonOptions } from "@/lib/supporting-reviews/labels";
import { withdrawApprovalFields, withdrawApprovalSchema, type WithdrawApprovalInput } from "@/lib/supporting-reviews/schemas";
import { withdrawApprovalAction } from "../../actions";

/** Ends the review by withdrawing approval, for repeated breaches or no response; the lifecycle rule's refusals show at the top. */
export function WithdrawForm(props: { workspaceKey: string; reviewId: string; version: number; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<WithdrawApprovalInput>({
    resolver: zodResolver(withdrawApprovalSchema),
    defaultValues: { reviewId: props.reviewId, version: props.version, reason: "repeatedBreaches", withdrawnOn: props.today, outcome: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await withdrawApprovalAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, withdrawApprovalFields));
      return;
    }
    toast.show("Approval withdrawn.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Withdraw approval">
      <FormError message={formError} />
      <SelectField
        label="Reason"
        options={reviewWithdrawalReasonOptions}
        {...register("reason")}
        error={formState.errors.reason?.message}
      />
      <TextField
        label="Date withdrawn"
        type="date"
        max={props.today}
        {...register("withdrawnOn")}
        error={formState.errors.withdrawnOn?.message}
      />
      <TextAreaField
        label="Decision"
        hint="The reasons, as the letter to the assessor gives them."
        rows={3}
        {...register("outcome")}
        error={formState.errors.outcome?.message}
      />
      <div>
        <Button type="submit" variant="danger" pending={formState.isSubmitting}>
          Withdraw approval
        </Button>
      </div>
    </form>
  );
}
