"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { withdrawCandidateSchema, type WithdrawCandidateInput } from "@/lib/candidates/schemas";
import { reinstateCandidateAction, withdrawCandidateAction } from "./actions";

type Props = { workspaceKey: string; candidateId: string; version: number; name: string; today: string };

export function WithdrawCandidateForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<WithdrawCandidateInput>({
    resolver: zodResolver(withdrawCandidateSchema),
    defaultValues: { candidateId: props.candidateId, version: props.version, withdrawnOn: props.today, withdrawalReason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await withdrawCandidateAction(props.workspaceKey, { ...values, candidateId: props.candidateId, version: props.version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["withdrawnOn", "withdrawalReason"]));
      return;
    }
    toast.show(`${props.name} was withdrawn.`);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Withdraw the candidate">
      <FormError message={formError} />
      <p>A withdrawn candidate&apos;s record stays readable, but no new assessment records can be made for them until reinstated.</p>
      <TextField label="Withdrawn on" type="date" {...register("withdrawnOn")} error={formState.errors.withdrawnOn?.message} />
      <TextAreaField label="Reason" rows={3} {...register("withdrawalReason")} error={formState.errors.withdrawalReason?.message} />
      <div>
        <Button type="submit" variant="danger" pending={formState.isSubmitting}>
          Withdraw {props.name}
        </Button>
      </div>
    </form>
  );
}

export function ReinstateCandidateButton(props: Omit<Props, "today">) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <div>
        <Button
          variant="secondary"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await reinstateCandidateAction(props.workspaceKey, { candidateId: props.candidateId, version: props.version });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.show(`${props.name} was reinstated.`);
              router.refresh();
            })
          }
        >
          Reinstate {props.name}
        </Button>
      </div>
    </div>
  );
}
