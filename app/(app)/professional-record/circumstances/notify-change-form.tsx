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
import { circumstanceChangeKindOptions } from "@/lib/circumstances/labels";
import {
  notifyCircumstanceChangeFields,
  notifyCircumstanceChangeSchema,
  type NotifyCircumstanceChangeInput,
} from "@/lib/circumstances/schemas";
import { notifyCircumstanceChangeAction } from "./actions";

/** Tells every awarding body the person answers to about a change (ICS A10), in one go. */
export function NotifyChangeForm({ bodyNames }: { bodyNames: string[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<NotifyCircumstanceChangeInput>({
    resolver: zodResolver(notifyCircumstanceChangeSchema),
    defaultValues: { kind: "" as NotifyCircumstanceChangeInput["kind"], details: "", effectiveOn: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await notifyCircumstanceChangeAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, notifyCircumstanceChangeFields));
      return;
    }
    toast.show(`Change notified to ${result.data.awardingBodies.join(" and ")}.`);
    reset();
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-5"
      aria-label="Notify a change of circumstance"
    >
      <FormError message={formError} />
      <SelectField
        label="What has changed?"
        placeholder="Choose what has changed"
        options={circumstanceChangeKindOptions}
        {...register("kind")}
        error={formState.errors.kind?.message}
      />
      <TextAreaField
        label="Details"
        hint="For example your new employer and job title, your new name, or from when and for how long you stop assessing."
        rows={4}
        {...register("details")}
        error={formState.errors.details?.message}
      />
      <TextField
        label="Date it takes effect"
        hint="It can be ahead, up to a year."
        type="date"
        {...register("effectiveOn")}
        error={formState.errors.effectiveOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Notify {bodyNames.join(" and ")}
        </Button>
      </div>
    </form>
  );
}
