"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useToast } from "@/components/ui/toast";
import { dropPlanItemSchema, type DropPlanItemInput } from "@/lib/sampling/plan-schemas";
import { dropPlanItemAction } from "./actions";

export function DropItemForm(props: { workspaceKey: string; planId: string; version: number; itemId: string; label: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<DropPlanItemInput>({
    resolver: zodResolver(dropPlanItemSchema),
    defaultValues: { planId: props.planId, version: props.version, itemId: props.itemId, reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await dropPlanItemAction(props.workspaceKey, {
      ...values,
      planId: props.planId,
      version: props.version,
      itemId: props.itemId,
    });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["reason"]));
      return;
    }
    toast.show("The decision was dropped from the plan.");
    router.refresh();
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">
        Drop<span className="sr-only">: {props.label}</span>
      </summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-2 flex min-w-64 flex-col gap-3" aria-label={`Drop: ${props.label}`}>
        <FormError message={formError} />
        <TextAreaField label="Why you are dropping it" rows={2} {...register("reason")} error={formState.errors.reason?.message} />
        <div>
          <Button type="submit" variant="secondary" size="sm" pending={formState.isSubmitting}>
            Drop from the plan
          </Button>
        </div>
      </form>
    </details>
  );
}
