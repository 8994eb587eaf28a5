"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { SigningPasswordFields } from "@/components/forms/signing-password-fields";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { planConfirmationStatement } from "@/lib/assessment-plans/labels";
import { confirmAssessmentPlanSchema, type ConfirmAssessmentPlanInput } from "@/lib/assessment-plans/schemas";
import { confirmAssessmentPlanAction } from "../actions";

/** The candidate signs the version they have just read: their password, deliberately. */
export function ConfirmPlanForm(props: { workspaceKey: string; planId: string; recordVersion: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<ConfirmAssessmentPlanInput>({
    resolver: zodResolver(confirmAssessmentPlanSchema),
    values: { planId: props.planId, recordVersion: props.recordVersion, password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await confirmAssessmentPlanAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password"]));
      return;
    }
    reset({ ...values, password: "" });
    toast.show("You have agreed this plan.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Confirm this plan">
      <FormError message={formError} />
      <SigningPasswordFields
        hint="The password you sign in with. It shows that it is you who agrees."
        password={register("password")}
        passwordError={formState.errors.password?.message}
        submitLabel="Sign and agree the plan"
        pending={formState.isSubmitting}
      >
        <p>
          By signing you say: <strong>&ldquo;{planConfirmationStatement}&rdquo;</strong> Your signature is for version {props.recordVersion}{" "}
          exactly as shown above. If the plan changes, you will be asked to confirm it again.
        </p>
      </SigningPasswordFields>
    </form>
  );
}
