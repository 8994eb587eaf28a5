"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { SigningPasswordFields } from "@/components/forms/signing-password-fields";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { countersignAsIqaSchema, type CountersignAsIqaInput } from "@/lib/sampling-records/schemas";
import { countersignAsIqaAction } from "./actions";

/** The IQA signs the sampled decision's RD10, the version shown, with their password. */
export function CountersignForm(props: {
  workspaceKey: string;
  samplingRecordId: string;
  decisionVersion: number;
  contentSha256: string;
  statement: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CountersignAsIqaInput>({
    resolver: zodResolver(countersignAsIqaSchema),
    values: {
      samplingRecordId: props.samplingRecordId,
      decisionVersion: props.decisionVersion,
      contentSha256: props.contentSha256,
      password: "",
    },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await countersignAsIqaAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password"]));
      return;
    }
    reset({ ...values, password: "" });
    toast.show(`Version ${result.data.version} of the decision countersigned as IQA.`);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Countersign as IQA">
      <FormError message={formError} />
      <SigningPasswordFields
        statement={props.statement}
        password={register("password")}
        passwordError={formState.errors.password?.message}
        submitLabel="Countersign as IQA"
        pending={formState.isSubmitting}
      >
        <p>You sign version {props.decisionVersion} of the decision record, exactly as shown on this page.</p>
      </SigningPasswordFields>
    </form>
  );
}
