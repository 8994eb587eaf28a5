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
import { actionPointKindOptions } from "@/lib/visits/labels";
import { actionPointFields, addVisitActionPointSchema, type AddVisitActionPointInput } from "@/lib/visits/schemas";
import { addVisitActionPointAction } from "../actions";
import type { OwnerOption } from "./action-point-fields";

/** Adds one action point or recommendation from the report; its owner is emailed. */
export function AddActionPointForm(props: { workspaceKey: string; visitId: string; visitOn: string; owners: OwnerOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const defaultValues: AddVisitActionPointInput = {
    visitId: props.visitId,
    kind: "ACTION_POINT",
    ownerUserId: "",
    description: "",
    dueOn: "",
  };
  const { register, handleSubmit, setError, formState, reset } = useForm<AddVisitActionPointInput>({
    resolver: zodResolver(addVisitActionPointSchema),
    defaultValues,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addVisitActionPointAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, actionPointFields));
      return;
    }
    toast.show(
      result.data.emailDelivery.sent ? "Added; the owner has been emailed." : "Added, but the email to the owner could not be sent.",
    );
    reset(defaultValues);
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-3"
      aria-label="Add an action point or recommendation"
    >
      <FormError message={formError} />
      <SelectField label="Kind" options={actionPointKindOptions} {...register("kind")} error={errors.kind?.message} />
      <SelectField
        label="Owner"
        placeholder="Choose a member of staff"
        options={props.owners}
        {...register("ownerUserId")}
        error={errors.ownerUserId?.message}
      />
      <TextAreaField label="What is to be done" rows={2} {...register("description")} error={errors.description?.message} />
      <TextField label="Due on" type="date" min={props.visitOn} {...register("dueOn")} error={errors.dueOn?.message} />
      <div>
        <Button type="submit" variant="secondary" pending={formState.isSubmitting}>
          Add it
        </Button>
      </div>
    </form>
  );
}
