"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { lodgeAppealFields, lodgeAppealSchema, type LodgeAppealInput } from "@/lib/appeals/schemas";
import { lodgeAppealAction } from "../actions";

export function LodgeAppealForm(props: { workspaceKey: string; candidateId: string; decisions: { value: string; label: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<LodgeAppealInput>({
    resolver: zodResolver(lodgeAppealSchema),
    defaultValues: { candidateId: props.candidateId, unitDecisionId: "", decisionDescription: "", grounds: "" },
  });
  const chosen = watch("unitDecisionId");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await lodgeAppealAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, lodgeAppealFields));
      return;
    }
    toast.show("Your appeal is lodged. Your centre will be in touch.");
    router.push(`/candidates/${props.candidateId}/appeals`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Appeal an assessment decision">
      <FormError message={formError} />
      <SelectField
        label="Which decision?"
        hint={props.decisions.length === 0 ? "No unit decisions are recorded for you yet: describe the decision below." : undefined}
        options={[...props.decisions, { value: "", label: "Another decision (describe it below)" }]}
        {...register("unitDecisionId")}
        error={formState.errors.unitDecisionId?.message}
      />
      {chosen === "" && (
        <TextAreaField
          label="The decision you are appealing against"
          hint="For example: the observation on 2 March, where 2.3 was marked not yet met."
          rows={3}
          {...register("decisionDescription")}
          error={formState.errors.decisionDescription?.message}
        />
      )}
      <TextAreaField
        label="Why you disagree"
        hint="What you think is wrong with the decision, and any evidence your assessor should look at again."
        rows={6}
        {...register("grounds")}
        error={formState.errors.grounds?.message}
      />
      <p className="text-ink-muted">Your appeal is dated today and your centre admin sees it straight away.</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Lodge appeal
        </Button>
        <Link href={`/candidates/${props.candidateId}/appeals`} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
