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
import { correspondenceDirectionOptions } from "@/lib/supporting-reviews/labels";
import { recordCorrespondenceFields, recordCorrespondenceSchema, type RecordCorrespondenceInput } from "@/lib/supporting-reviews/schemas";
import { recordCorrespondenceAction } from "../../actions";

/** A dated letter or email in the review: to the assessor (with a response due date) or from them. */
export function CorrespondenceForm(props: { workspaceKey: string; reviewId: string; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset, watch } = useForm<RecordCorrespondenceInput>({
    resolver: zodResolver(recordCorrespondenceSchema),
    defaultValues: { reviewId: props.reviewId, direction: "TO_ASSESSOR", sentOn: props.today, summary: "", responseDueOn: "" },
  });
  const toAssessor = watch("direction") === "TO_ASSESSOR";

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordCorrespondenceAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, recordCorrespondenceFields));
      return;
    }
    toast.show("Correspondence recorded.");
    reset({ reviewId: props.reviewId, direction: "TO_ASSESSOR", sentOn: props.today, summary: "", responseDueOn: "" });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Record correspondence">
      <FormError message={formError} />
      <SelectField
        label="Direction"
        options={correspondenceDirectionOptions}
        {...register("direction")}
        error={formState.errors.direction?.message}
      />
      <TextField label="Date sent" type="date" max={props.today} {...register("sentOn")} error={formState.errors.sentOn?.message} />
      <TextAreaField label="Summary" rows={3} {...register("summary")} error={formState.errors.summary?.message} />
      <TextField
        label="Response due by (optional)"
        hint={
          toAssessor
            ? "For a letter to the assessor: when a reply is due. Past it with no reply, you can record no response."
            : "Only a letter to the assessor has a response due date."
        }
        type="date"
        {...register("responseDueOn")}
        error={formState.errors.responseDueOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record correspondence
        </Button>
      </div>
    </form>
  );
}
