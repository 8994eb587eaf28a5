"use client";

import { addYears } from "@/lib/rules/dates";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type Control } from "react-hook-form";
import { ActionListFields } from "@/components/forms/action-list-fields";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { samplingOutcomeLabels } from "@/lib/sampling/labels";
import {
  earliestSampledOn,
  maximumActionDueYears,
  maximumSamplingActions,
  recordSamplingSchema,
  samplingOutcomeCodes,
  type RecordSamplingInput,
} from "@/lib/sampling-records/schemas";
import { recordSamplingAction } from "./actions";

type Option = { value: string; label: string };
type ListField = "criterionIds" | "evidenceItemIds" | "methods";

const outcomeHints: Record<(typeof samplingOutcomeCodes)[number], string> = {
  AGREE: "The decision stands as made.",
  AGREE_WITH_ACTION: "The decision stands; the assessor has actions to take (at least one, with a due date).",
  DISAGREE:
    "The decision is reopened for the assessor with your reasons: it stops counting, and the unit cannot be claimed until they change it and sign it again.",
};

/** A group of checkboxes whose ticked values form one array field. */
function CheckboxGroup(props: {
  control: Control<RecordSamplingInput>;
  name: ListField;
  legend: string;
  hint?: string;
  options: Option[];
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend className="mb-1 font-semibold text-ink">{props.legend}</legend>
      {props.hint && <p className="text-sm text-ink-muted">{props.hint}</p>}
      {props.error && (
        <p id={`${props.name}-error`} className="font-semibold text-danger-800">
          {props.error}
        </p>
      )}
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) => {
          const ticked = new Set((field.value as string[] | undefined) ?? []);
          return (
            <div className="flex flex-col gap-2">
              {props.options.length === 0 && <p className="text-ink-muted">None.</p>}
              {props.options.map((option, index) => (
                <CheckboxField
                  key={option.value}
                  ref={index === 0 ? field.ref : undefined}
                  name={field.name}
                  value={option.value}
                  label={option.label}
                  checked={ticked.has(option.value)}
                  onBlur={field.onBlur}
                  onChange={(event) => {
                    const next = new Set(ticked);
                    if (event.target.checked) next.add(option.value);
                    else next.delete(option.value);
                    field.onChange(props.options.map((o) => o.value).filter((value) => next.has(value)));
                  }}
                />
              ))}
            </div>
          );
        }}
      />
    </fieldset>
  );
}

/** The IQA's RD11 entry for one planned decision, with RD07 feedback and actions for the assessor. */
export function SamplingForm(props: {
  workspaceKey: string;
  planItemId: string;
  /** The decision as the page shows it: its row version and its latest signed version with that version's hash. */
  shown: { version: number; decisionVersion: number; contentSha256: string };
  today: string;
  assessorName: string;
  criteria: Option[];
  evidence: Option[];
  methods: Option[];
  defaults: { criterionIds: string[]; evidenceItemIds: string[]; methods: string[] };
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, setFocus, watch, formState } = useForm<RecordSamplingInput>({
    resolver: zodResolver(recordSamplingSchema),
    defaultValues: {
      planItemId: props.planItemId,
      version: props.shown.version,
      decisionVersion: props.shown.decisionVersion,
      contentSha256: props.shown.contentSha256,
      sampledOn: props.today,
      criterionIds: props.defaults.criterionIds,
      evidenceItemIds: props.defaults.evidenceItemIds,
      methods: props.defaults.methods as RecordSamplingInput["methods"],
      outcome: undefined,
      rationale: "",
      feedbackOnPractice: "",
      actions: [],
    },
  });
  const outcome = watch("outcome");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordSamplingAction(props.workspaceKey, values);
    if (!result.ok) {
      // Field errors arrive keyed by the form's own paths ("actions.1.dueOn").
      let unplaced = !result.fieldErrors;
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (
          /^(sampledOn|criterionIds|evidenceItemIds|methods|outcome|rationale|feedbackOnPractice|actions(\.\d+\.(description|dueOn))?)$/.test(
            path,
          )
        )
          setError(path as "rationale", { type: "server", message: messages[0] }, { shouldFocus: true });
        else unplaced = true;
      }
      setFormError(unplaced ? result.message : null);
      return;
    }
    toast.show(result.data.reopened ? "Sampling recorded: the decision is reopened for the assessor." : "Sampling recorded.");
    router.refresh();
  });

  const errors = formState.errors;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-6" aria-label="Record the sampling">
      <FormError message={formError} />
      <TextField
        label="Date sampled"
        type="date"
        min={earliestSampledOn}
        max={props.today}
        {...register("sampledOn")}
        error={errors.sampledOn?.message}
      />
      <CheckboxGroup
        control={control}
        name="criterionIds"
        legend="Assessment criteria sampled"
        hint="All of the unit's criteria are ticked to start with: untick any you did not look at."
        options={props.criteria}
        error={errors.criterionIds?.message}
      />
      <CheckboxGroup
        control={control}
        name="evidenceItemIds"
        legend="Evidence looked at"
        options={props.evidence}
        error={errors.evidenceItemIds?.message}
      />
      <CheckboxGroup
        control={control}
        name="methods"
        legend="Assessment methods sampled"
        options={props.methods}
        error={errors.methods?.message}
      />

      <fieldset className="flex flex-col gap-3" aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="mb-1 font-semibold text-ink">Outcome</legend>
        {errors.outcome?.message && (
          <p id="outcome-error" className="font-semibold text-danger-800">
            {errors.outcome.message}
          </p>
        )}
        {samplingOutcomeCodes.map((code) => (
          <div key={code} className="flex items-start gap-3">
            <input
              type="radio"
              id={`outcome-${code}`}
              value={code}
              {...register("outcome")}
              aria-describedby={`outcome-${code}-hint`}
              className="mt-0.5 size-6 shrink-0 cursor-pointer accent-brand-700"
            />
            <div className="flex flex-col gap-0.5">
              <label htmlFor={`outcome-${code}`} className="cursor-pointer py-0.5 font-medium text-ink">
                {samplingOutcomeLabels[code]}
              </label>
              <p id={`outcome-${code}-hint`} className="text-sm text-ink-muted">
                {outcomeHints[code]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <TextAreaField
        label="Rationale"
        hint={outcome === "DISAGREE" ? "Your reasons: the assessor sees them on the reopened decision." : "Why you reached this outcome."}
        rows={5}
        {...register("rationale")}
        error={errors.rationale?.message}
      />
      <TextAreaField
        label={`Feedback to ${props.assessorName} (RD07)${outcome === "AGREE" || outcome === undefined ? " (optional for agree)" : ""}`}
        hint="Feedback on their practice: the assessor reads it, acknowledges it and responds."
        rows={6}
        {...register("feedbackOnPractice")}
        error={errors.feedbackOnPractice?.message}
      />

      <ActionListFields
        control={control}
        register={register}
        setFocus={setFocus}
        legend="Actions for the assessor"
        hint={
          <>
            {outcome === "AGREE_WITH_ACTION" ? "At least one is needed for agree with action." : "Optional."} Each has a due date; open past
            it, the action shows on your home page and the assessor&apos;s.
          </>
        }
        maximum={maximumSamplingActions}
        dueOn={{ min: props.today, max: addYears(props.today, maximumActionDueYears) }}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the sampling
        </Button>
      </div>
    </form>
  );
}
