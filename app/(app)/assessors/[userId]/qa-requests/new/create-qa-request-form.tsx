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
import { qaRequestKindOptions } from "@/lib/qa-requests/labels";
import { createQaRequestFields, createQaRequestSchema, type CreateQaRequestInput } from "@/lib/qa-requests/schemas";
import { addYears } from "@/lib/rules/dates";
import { maximumDueYears } from "@/lib/rules/record-dates";
import { createQaRequestAction } from "../../actions";

export function CreateQaRequestForm(props: { workspaceKey: string; userId: string; today: string; defaultDueOn: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CreateQaRequestInput>({
    resolver: zodResolver(createQaRequestSchema),
    defaultValues: { userId: props.userId, kind: "REVIEW_CPD_LOG", details: "", dueOn: props.defaultDueOn },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createQaRequestAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, createQaRequestFields));
      return;
    }
    toast.show("Request sent. The assessor sees it on their professional record.");
    router.push(`/assessors/${props.userId}/qa-requests/${result.data.requestId}`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-4"
      aria-label="Send a quality-assurance request"
    >
      <FormError message={formError} />
      <SelectField
        label="What the request is for"
        options={qaRequestKindOptions}
        {...register("kind")}
        error={formState.errors.kind?.message}
      />
      <TextAreaField
        label="Details"
        hint="What the assessor should provide or arrange, e.g. which decisions to send or when the observation could take place."
        rows={4}
        {...register("details")}
        error={formState.errors.details?.message}
      />
      <TextField
        label="Due by"
        type="date"
        min={props.today}
        max={addYears(props.today, maximumDueYears)}
        {...register("dueOn")}
        error={formState.errors.dueOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Send the request
        </Button>
      </div>
    </form>
  );
}
