"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { SigningPasswordFields } from "@/components/forms/signing-password-fields";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { signOffUnitSchema, type SignOffUnitInput } from "@/lib/sign-off/schemas";
import { signOffUnitAction } from "./actions";

/** The assessor signs the unit off: the rationale, the date and their password. */
export function SignOffForm(props: {
  workspaceKey: string;
  candidateId: string;
  unitId: string;
  today: string;
  statement: string;
  awaitsCountersignature: boolean;
  /** The hash of the evidence this page showed: the action refuses to sign anything else. */
  contentSha256: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<SignOffUnitInput>({
    resolver: zodResolver(signOffUnitSchema),
    values: {
      candidateId: props.candidateId,
      unitId: props.unitId,
      rationale: "",
      decidedOn: props.today,
      contentSha256: props.contentSha256,
      password: "",
    },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signOffUnitAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["rationale", "decidedOn", "password"]));
      return;
    }
    reset({ ...values, password: "" });
    toast.show(result.data.status === "SIGNED_OFF" ? "Unit signed off." : "Unit signed off: awaiting countersignature.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Sign the unit off">
      <FormError message={formError} />
      <TextAreaField
        label="Rationale"
        hint="Why the evidence shows every criterion met."
        rows={4}
        {...register("rationale")}
        error={formState.errors.rationale?.message}
      />
      <TextField label="Date of the decision" type="date" {...register("decidedOn")} error={formState.errors.decidedOn?.message} />
      <SigningPasswordFields
        statement={props.statement}
        password={register("password")}
        passwordError={formState.errors.password?.message}
        submitLabel="Sign the unit off"
        pending={formState.isSubmitting}
      >
        {props.awaitsCountersignature && (
          <p>
            You are working towards your assessor qualification: this sign-off will await countersignature by a qualified assessor and will
            not count until then.
          </p>
        )}
      </SigningPasswordFields>
    </form>
  );
}
