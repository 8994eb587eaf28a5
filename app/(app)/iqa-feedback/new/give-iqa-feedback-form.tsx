"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { giveIqaFeedbackSchema, maximumActionsPerFeedback, type GiveIqaFeedbackInput } from "@/lib/iqa-feedback/schemas";
import { giveIqaFeedbackAction } from "../actions";

export function GiveIqaFeedbackForm(props: { workspaceKey: string; assessors: { id: string; name: string }[]; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { control, register, handleSubmit, setError, setFocus, formState } = useForm<GiveIqaFeedbackInput>({
    resolver: zodResolver(giveIqaFeedbackSchema),
    defaultValues: { assessorUserId: "", feedbackOnPractice: "", givenOn: props.today, actions: [] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "actions" });

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

  const actionsError = formState.errors.actions?.root?.message ?? formState.errors.actions?.message;

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
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 font-semibold text-ink">Actions for the assessor</legend>
        <p className="text-ink-muted">
          Optional, up to {maximumActionsPerFeedback}. Each has a due date; open past it, the action shows on your home page and the
          assessor&apos;s.
        </p>
        {actionsError && <p className="font-semibold text-danger-800">{actionsError}</p>}
        {fields.map((field, index) => (
          <div key={field.id} className="grid gap-3 rounded-md border border-line-subtle p-3 sm:grid-cols-[1fr_11rem_auto] sm:items-start">
            <TextAreaField
              label={`Action ${index + 1}`}
              rows={2}
              {...register(`actions.${index}.description`)}
              error={formState.errors.actions?.[index]?.description?.message}
            />
            <TextField
              label={`Due date of action ${index + 1}`}
              type="date"
              min={props.today}
              {...register(`actions.${index}.dueOn`)}
              error={formState.errors.actions?.[index]?.dueOn?.message}
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="sm:mt-8"
              onClick={() => {
                remove(index);
                // Keep the keyboard where the person was: on the next action, or back on "Add an action".
                const next = fields.length - 1 > index ? index : index - 1;
                if (next >= 0) setTimeout(() => setFocus(`actions.${next}.description`), 0);
                else setTimeout(() => addButton.current?.focus(), 0);
              }}
            >
              Remove<span className="sr-only"> action {index + 1}</span>
            </Button>
          </div>
        ))}
        <div>
          <Button
            ref={addButton}
            type="button"
            variant="secondary"
            size="sm"
            disabled={fields.length >= maximumActionsPerFeedback}
            onClick={() => append({ description: "", dueOn: "" }, { shouldFocus: true, focusName: `actions.${fields.length}.description` })}
          >
            Add an action
          </Button>
        </div>
      </fieldset>
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
