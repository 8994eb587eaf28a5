"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionListFields } from "@/components/forms/action-list-fields";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { addYears } from "@/lib/rules/dates";
import { maximumDueYears } from "@/lib/rules/record-dates";
import { giveIqaFeedbackSchema, maximumActionsPerFeedback, type GiveIqaFeedbackInput } from "@/lib/iqa-feedback/schemas";
import { giveIqaFeedbackAction } from "../actions";

export function GiveIqaFeedbackForm(props: { workspaceKey: string; assessors: { id: string; name: string }[]; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, setFocus, formState } = useForm<GiveIqaFeedbackInput>({
    resolver: zodResolver(giveIqaFeedbackSchema),
    defaultValues: { assessorUserId: "", feedbackOnPractice: "", givenOn: props.today, actions: [] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await giveIqaFeedbackAction(props.workspaceKey, values);
    if (!result.ok) {
      // Field errors arrive keyed by the form's own paths ("actions.1.dueOn").
      let unplaced = !result.fieldErrors;
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (/^(assessorUserId|feedbackOnPractice|givenOn|actions(\.\d+\.(description|dueOn))?)$/.test(path))
          setError(path as "givenOn", { type: "server", message: messages[0] }, { shouldFocus: true });
        else unplaced = true;
      }
      setFormError(unplaced ? result.message : null);
      return;
    }
    toast.show("Feedback saved. The assessor can read it and respond.");
    router.push(`/iqa-feedback/${result.data.feedbackId}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Give feedback to an assessor">
      <FormError message={formError} />
      <SelectField
        label="Assessor"
        placeholder="Choose the assessor"
        options={props.assessors.map((assessor) => ({ value: assessor.id, label: assessor.name }))}
        {...register("assessorUserId")}
        error={formState.errors.assessorUserId?.message}
      />
      <TextField label="Date given" type="date" max={props.today} {...register("givenOn")} error={formState.errors.givenOn?.message} />
      <TextAreaField
        label="Feedback on practice"
        hint="What went well and what to develop in the assessor's practice: planning, judgements, feedback to candidates, records."
        rows={8}
        {...register("feedbackOnPractice")}
        error={formState.errors.feedbackOnPractice?.message}
      />
      <ActionListFields
        control={control}
        register={register}
        setFocus={setFocus}
        legend="Actions for the assessor"
        hint={
          <>
            Optional, up to {maximumActionsPerFeedback}. Each has a due date; open past it, the action shows on your home page and the
            assessor&apos;s.
          </>
        }
        maximum={maximumActionsPerFeedback}
        dueOn={{ min: props.today, max: addYears(props.today, maximumDueYears) }}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Save feedback
        </Button>
        <Link href="/iqa-feedback" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
