"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { TextAreaField } from "@/components/ui/text-area-field";
import { FileUpload } from "@/components/files/file-upload";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { checkWitnessStatement, type WitnessStatementPolicy } from "@/lib/rules/witness-statements";
import { ruleStatementOf } from "@/lib/witness-statements/rule-input";
import { recordWitnessStatementSchema, witnessStatementFields, type RecordWitnessStatementInput } from "@/lib/witness-statements/schemas";
import { RuleFindings } from "./rule-findings";
import { recordWitnessStatementAction, updateWitnessStatementAction } from "./actions";

export function emptyStatement(candidateId: string): RecordWitnessStatementInput {
  return {
    candidateId,
    form: "WRITTEN",
    title: "",
    witnessName: "",
    witnessJobTitle: "",
    witnessContactDetails: "",
    relationshipToCandidate: "",
    activityDate: "",
    activityTime: "",
    venue: "",
    description: "",
    writtenOn: "",
    signedOrConfirmedByWitness: false,
    witnessIsRelative: false,
    writtenByCandidate: false,
    isExpertWitness: false,
    expertInOccupationSince: "",
    criterionIds: [],
    authenticityCheckedOn: "",
    authenticityCheckMethod: "",
    fileIds: [],
  };
}

/**
 * The assessor records a witness statement (RD08). The witness-statement rule (handbook 5.16,
 * 4.3) runs on every change and lists what is missing; the server runs it again on save.
 */
export function WitnessStatementForm(props: {
  workspaceKey: string;
  candidate: { id: string; name: string };
  criteria: PickableCriterion[];
  policy: WitnessStatementPolicy;
  /** When correcting a saved statement: its id, its version and its evidence item's, and what it holds now. */
  existing?: { statementId: string; version: number; evidenceVersion: number; values: RecordWitnessStatementInput };
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { register, handleSubmit, setError, control, formState } = useForm<RecordWitnessStatementInput>({
    resolver: zodResolver(recordWitnessStatementSchema),
    defaultValues: props.existing?.values ?? emptyStatement(props.candidate.id),
  });
  const values = useWatch({ control }) as RecordWitnessStatementInput;
  const check = useMemo(() => checkWitnessStatement(ruleStatementOf(values, props.candidate.name), props.policy), [values, props]);
  const written = values.form === "WRITTEN";
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    const { candidateId: _candidate, ...fields } = input;
    const result = props.existing
      ? await updateWitnessStatementAction(props.workspaceKey, {
          ...fields,
          statementId: props.existing.statementId,
          version: props.existing.version,
          evidenceVersion: props.existing.evidenceVersion,
        })
      : await recordWitnessStatementAction(props.workspaceKey, input);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, witnessStatementFields));
      return;
    }
    const saved = props.existing ? "Statement corrected" : `Saved as evidence ${result.data.reference}`;
    toast.show(
      result.data.acceptable ? `${saved}, awaiting judgement.` : `${saved}. It cannot be accepted until what is listed is put right.`,
    );
    router.push(`/candidates/${props.candidate.id}/witness-statements/${result.data.statementId}`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-6"
      aria-label={props.existing ? "Correct the witness statement" : "Record a witness statement"}
    >
      <FormError message={formError} />

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-ink">How the statement was made</legend>
        <FieldError id="witness-form-error">{errors.form?.message}</FieldError>
        {(
          [
            ["WRITTEN", "The witness wrote it"],
            ["RECORDED_BY_ASSESSOR", "I recorded the witness's spoken account"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
            <input type="radio" value={value} {...register("form")} className="size-6 accent-brand-700" />
            {label}
          </label>
        ))}
      </fieldset>

      <TextField
        label="Title"
        hint="What the evidence shows, for example: Team leader saw a complaint resolved."
        {...register("title")}
        error={errors.title?.message}
      />

      <Card title="The witness">
        <div className="flex flex-col gap-5">
          <TextField label="Witness's name" autoComplete="off" {...register("witnessName")} error={errors.witnessName?.message} />
          <TextField label="Job title" autoComplete="off" {...register("witnessJobTitle")} error={errors.witnessJobTitle?.message} />
          <TextField
            label="Contact details"
            hint="A telephone number or email address, so the statement can be checked."
            autoComplete="off"
            {...register("witnessContactDetails")}
            error={errors.witnessContactDetails?.message}
          />
          <TextField
            label="Relationship to the candidate"
            hint="How they know the candidate, for example: line manager for two years."
            {...register("relationshipToCandidate")}
            error={errors.relationshipToCandidate?.message}
          />
          <CheckboxField
            label="The witness is related to the candidate"
            hint="A relative's statement cannot be used (handbook 5.16)."
            {...register("witnessIsRelative")}
          />
          <CheckboxField
            label="This is an expert witness"
            hint="Someone expert in the occupation, e.g. an experienced line manager (handbook 4.3)."
            {...register("isExpertWitness")}
          />
          {values.isExpertWitness && (
            <TextField
              label="In the occupation since"
              type="date"
              hint="When they started working in this occupation."
              {...register("expertInOccupationSince")}
              error={errors.expertInOccupationSince?.message}
            />
          )}
        </div>
      </Card>

      <Card title="What the witness saw">
        <div className="flex flex-col gap-5">
          <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
            <TextField label="Date of the activity" type="date" {...register("activityDate")} error={errors.activityDate?.message} />
            <TextField label="Time of the activity" type="time" {...register("activityTime")} error={errors.activityTime?.message} />
          </div>
          <TextField label="Venue" {...register("venue")} error={errors.venue?.message} />
          <TextAreaField
            label="What the candidate did"
            hint="The witness's description of what they saw, not a list of skills."
            rows={6}
            {...register("description")}
            error={errors.description?.message}
          />
          <TextField
            label={written ? "Date the statement was written" : "Date you recorded the account"}
            type="date"
            {...register("writtenOn")}
            error={errors.writtenOn?.message}
          />
          <CheckboxField
            label={written ? "The witness signed the statement" : "The witness confirmed my record of their account is accurate"}
            {...register("signedOrConfirmedByWitness")}
          />
          <CheckboxField
            label="The candidate wrote this statement for the witness to sign"
            hint="Not acceptable: ask the witness for their own account."
            {...register("writtenByCandidate")}
          />
        </div>
      </Card>

      <Controller
        control={control}
        name="criterionIds"
        render={({ field }) => (
          <CriteriaPicker
            legend="Assessment criteria the statement is evidence for"
            hint="A witness statement supports other evidence; it should not be the evidence for a whole unit."
            criteria={props.criteria}
            selected={field.value}
            onToggle={(criterionId, ticked) =>
              field.onChange(
                ticked ? [...field.value.filter((id) => id !== criterionId), criterionId] : field.value.filter((id) => id !== criterionId),
              )
            }
            error={errors.criterionIds?.message}
          />
        )}
      />

      <Controller
        control={control}
        name="fileIds"
        render={({ field }) => (
          <FileUpload
            candidateId={props.candidate.id}
            workspaceKey={props.workspaceKey}
            label={props.existing ? "Add files (optional)" : "The statement (optional)"}
            hint="A photo or scan of the signed statement, or an audio file. Make sure no one else's personal details can be read."
            value={field.value}
            onChange={field.onChange}
            onBusyChange={setUploading}
            error={errors.fileIds?.message}
          />
        )}
      />

      <Card title="Your authenticity check">
        <p className="mb-4 text-ink-muted">
          Contact the witness to check the statement is theirs and that you have read it as they meant it.
        </p>
        <div className="flex flex-col gap-5">
          <TextField label="Checked on" type="date" {...register("authenticityCheckedOn")} error={errors.authenticityCheckedOn?.message} />
          <TextField
            label="How you checked"
            hint="For example: phoned the witness on the number given."
            {...register("authenticityCheckMethod")}
            error={errors.authenticityCheckMethod?.message}
          />
        </div>
      </Card>

      <section aria-labelledby="witness-rule-heading" className="rounded-lg border border-line-subtle bg-subtle p-4">
        <h2 id="witness-rule-heading" className="mb-2 text-lg font-semibold">
          Can this statement be accepted?
        </h2>
        <div aria-live="polite">
          <RuleFindings findings={check.findings} emptyText="Yes: it gives everything the handbook asks for." />
        </div>
        {!check.acceptable && (
          <p className="mt-3 text-sm">You can save it now; it cannot be accepted as evidence until the problems are put right.</p>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting} disabled={uploading}>
          {props.existing ? "Save corrections" : "Save witness statement"}
        </Button>
        <Link
          href={
            props.existing
              ? `/candidates/${props.candidate.id}/witness-statements/${props.existing.statementId}`
              : `/candidates/${props.candidate.id}`
          }
          className={buttonClasses("secondary")}
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
