"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldValues, type Path, type Resolver, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { appealStepLabels } from "@/lib/appeals/labels";
import {
  acknowledgeAppealSchema,
  decideAppealSchema,
  recordAppealReferralOutcomeSchema,
  referAppealSchema,
  startAppealReviewSchema,
  withdrawAppealSchema,
} from "@/lib/appeals/schemas";
import {
  acknowledgeAppealAction,
  decideAppealAction,
  recordAppealReferralOutcomeAction,
  referAppealAction,
  startAppealReviewAction,
  withdrawAppealAction,
} from "../actions";

type Step = keyof typeof appealStepLabels;
type Props = { workspaceKey: string; appealId: string; version: number; today: string };
type Field = { name: string; label: string; kind: "date" | "text" | "select"; hint?: string; options?: { value: string; label: string }[] };

/** One form per step the appeal allows next; each posts the version of the appeal the admin saw. */
function StepForm<S extends z.ZodType<FieldValues>>(
  props: Props & {
    step: Step;
    schema: S;
    fields: Field[];
    defaults: Record<string, string>;
    run: (workspaceKey: string, input: z.input<S>) => Promise<{ ok: boolean } & Record<string, unknown>>;
    done: string;
  },
) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<FieldValues>({
    // One generic form for six schemas: each schema is still the action's own.
    resolver: zodResolver(props.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: { appealId: props.appealId, version: props.version, ...props.defaults },
  });
  const reg = register as UseFormRegister<FieldValues>;
  const errorOf = (name: string) => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await props.run(props.workspaceKey, values as z.input<S>);
    if (!result.ok) {
      setFormError(applyActionErrors(result as never, setError, props.fields.map((field) => field.name) as readonly Path<FieldValues>[]));
      return;
    }
    toast.show(props.done);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label={appealStepLabels[props.step]}>
      <h3 className="text-base font-semibold">{appealStepLabels[props.step]}</h3>
      <FormError message={formError} />
      {props.fields.map((field) =>
        field.kind === "date" ? (
          <TextField
            key={field.name}
            type="date"
            max={props.today}
            label={field.label}
            hint={field.hint}
            {...reg(field.name)}
            error={errorOf(field.name)}
          />
        ) : field.kind === "select" ? (
          <SelectField
            key={field.name}
            label={field.label}
            hint={field.hint}
            placeholder="Choose…"
            options={field.options ?? []}
            {...reg(field.name)}
            error={errorOf(field.name)}
          />
        ) : (
          <TextAreaField key={field.name} rows={3} label={field.label} hint={field.hint} {...reg(field.name)} error={errorOf(field.name)} />
        ),
      )}
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          {appealStepLabels[props.step]}
        </Button>
      </div>
    </form>
  );
}

/** The forms for the steps the appeal allows next (lib/rules/appeals.ts nextAppealSteps). */
export function AppealStepForms(props: Props & { steps: Step[]; deciders: { id: string; name: string }[]; assessorName: string | null }) {
  const common = { workspaceKey: props.workspaceKey, appealId: props.appealId, version: props.version, today: props.today };
  return (
    <div className="flex flex-col gap-6">
      {props.steps.map((step) => {
        switch (step) {
          case "acknowledge":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={acknowledgeAppealSchema}
                run={acknowledgeAppealAction}
                done="Appeal acknowledged."
                defaults={{ acknowledgedOn: props.today }}
                fields={[{ name: "acknowledgedOn", label: "Date the candidate was told it was received", kind: "date" }]}
              />
            );
          case "startReview":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={startAppealReviewSchema}
                run={startAppealReviewAction}
                done="Review started."
                defaults={{ reviewStartedOn: props.today }}
                fields={[{ name: "reviewStartedOn", label: "Date the review started", kind: "date" }]}
              />
            );
          case "decide":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={decideAppealSchema}
                run={decideAppealAction}
                done="Decision recorded."
                defaults={{ outcome: "", decidedOn: props.today, decidedById: "", outcomeReasons: "" }}
                fields={[
                  {
                    name: "outcome",
                    label: "Outcome",
                    kind: "select",
                    options: [
                      { value: "UPHELD", label: "Upheld: the assessment decision is to be changed" },
                      { value: "NOT_UPHELD", label: "Not upheld: the assessment decision stands" },
                    ],
                  },
                  { name: "decidedOn", label: "Date of the decision", kind: "date" },
                  {
                    name: "decidedById",
                    label: "Who decided",
                    kind: "select",
                    hint: props.assessorName
                      ? `Someone not involved in the decision appealed: ${props.assessorName}, its assessor, is not listed.`
                      : "Someone not involved in the decision appealed.",
                    options: props.deciders.map((person) => ({ value: person.id, label: person.name })),
                  },
                  { name: "outcomeReasons", label: "Reasons, as told to the candidate", kind: "text" },
                ]}
              />
            );
          case "withdraw":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={withdrawAppealSchema}
                run={withdrawAppealAction}
                done="Withdrawal recorded."
                defaults={{ withdrawnOn: props.today, withdrawalNote: "" }}
                fields={[
                  { name: "withdrawnOn", label: "Date the candidate withdrew it", kind: "date" },
                  { name: "withdrawalNote", label: "What the candidate said (optional)", kind: "text" },
                ]}
              />
            );
          case "refer":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={referAppealSchema}
                run={referAppealAction}
                done="Referral recorded."
                defaults={{ referredOn: props.today, referralNote: "" }}
                fields={[
                  {
                    name: "referredOn",
                    label: "Date it went to the awarding body",
                    kind: "date",
                    hint: "The appeal counts as open again (it blocks the claim) until the awarding body's outcome is recorded.",
                  },
                  { name: "referralNote", label: "What was sent, or the awarding body's reference (optional)", kind: "text" },
                ]}
              />
            );
          case "recordAwardingBodyOutcome":
            return (
              <StepForm
                key={step}
                {...common}
                step={step}
                schema={recordAppealReferralOutcomeSchema}
                run={recordAppealReferralOutcomeAction}
                done="The awarding body's outcome is recorded."
                defaults={{ awardingBodyOutcomeOn: props.today, awardingBodyOutcome: "" }}
                fields={[
                  { name: "awardingBodyOutcomeOn", label: "Date of the awarding body's outcome", kind: "date" },
                  { name: "awardingBodyOutcome", label: "The awarding body's outcome", kind: "text" },
                ]}
              />
            );
        }
      })}
    </div>
  );
}
