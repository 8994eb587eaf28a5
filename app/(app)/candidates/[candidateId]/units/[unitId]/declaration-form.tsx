"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { SigningPasswordFields } from "@/components/forms/signing-password-fields";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { signUnitDeclarationSchema, type SignUnitDeclarationInput } from "@/lib/sign-off/schemas";
import { signUnitDeclarationAction } from "./actions";

/** The candidate signs "the work is my own" on the evidence list shown above it, with their password. */
export function DeclarationForm(props: {
  workspaceKey: string;
  candidateId: string;
  unitId: string;
  contentSha256: string;
  statement: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<SignUnitDeclarationInput>({
    resolver: zodResolver(signUnitDeclarationSchema),
    values: { candidateId: props.candidateId, unitId: props.unitId, contentSha256: props.contentSha256, password: "" },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signUnitDeclarationAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password"]));
      return;
    }
    reset({ ...values, password: "" });
    toast.show("Declaration signed.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Sign the declaration">
      <FormError message={formError} />
      <SigningPasswordFields
        statement={props.statement}
        password={register("password")}
        passwordError={formState.errors.password?.message}
        submitLabel="Sign: the work is my own"
        pending={formState.isSubmitting}
      />
    </form>
  );
}
