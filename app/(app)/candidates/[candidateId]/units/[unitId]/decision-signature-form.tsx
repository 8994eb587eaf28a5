"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { SigningPasswordFields } from "@/components/forms/signing-password-fields";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { signUnitDecisionSchema, type SignUnitDecisionInput } from "@/lib/sign-off/schemas";
import { countersignUnitDecisionAction, signUnitDecisionAction } from "./actions";

/** Countersigning a colleague's decision, or signing again one's own changed decision: the password only. */
export function DecisionSignatureForm(props: {
  workspaceKey: string;
  decisionId: string;
  version: number;
  mode: "countersign" | "signAgain";
  statement: string;
  /** Countersigning: the hash of the decision's version shown; signing again: of the evidence shown. */
  contentSha256: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<SignUnitDecisionInput>({
    resolver: zodResolver(signUnitDecisionSchema),
    values: { decisionId: props.decisionId, version: props.version, contentSha256: props.contentSha256, password: "" },
    resetOptions: { keepDirtyValues: true },
  });
  const label = props.mode === "countersign" ? "Countersign this decision" : "Sign this decision again";

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const action = props.mode === "countersign" ? countersignUnitDecisionAction : signUnitDecisionAction;
    const result = await action(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password"]));
      return;
    }
    reset({ ...values, password: "" });
    toast.show(props.mode === "countersign" ? "Decision countersigned." : "Decision signed again.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={label}>
      <FormError message={formError} />
      <SigningPasswordFields
        statement={props.statement}
        password={register("password")}
        passwordError={formState.errors.password?.message}
        submitLabel={label}
        pending={formState.isSubmitting}
      />
    </form>
  );
}
