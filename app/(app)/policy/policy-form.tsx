"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { get, useForm, type Path } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { PolicyNumberRow, PolicyNumbers, PolicySection } from "@/lib/policies/policy-numbers";
import {
  editAwardingBodyPolicyFieldNames,
  policyEditSchemaFor,
  type EditAwardingBodyPolicyInput,
  type PolicyFamilies,
} from "@/lib/policies/schemas";
import { editAwardingBodyPolicyAction } from "./actions";

/** What each kind of number allows, shown under its field. */
const hints: Record<string, string> = {
  cpdMinimumHours: "0 to 200, whole or half hours. Leave empty for no minimum.",
  mandatoryEventCreditedHours: "0 to 200, whole or half hours.",
  cpdAtRiskWindowDays: "1 to 365 days.",
  minimumAssessmentsPerYear: "1 to 365.",
  maximumAssessmentsPerDay: "1 to 24.",
  singleSignOffFromWeeks: "1 to 52 weeks.",
  singleSignOffToWeeks: "1 to 52 weeks, not before the earliest.",
  accreditationFromWeeks: "1 to 52 weeks.",
  accreditationToWeeks: "1 to 52 weeks, not before the earliest.",
  repeatedBreachCount: "1 to 10.",
  qualityReviewEveryAssessments: "1 to 100.",
  appealWindowDays: "1 to 365 days.",
  ictMarkValidityYears: "1 to 10 years.",
  ictMarkRenewalReminderDays: "1 to 365 days, fewer than the ICT Mark lasts.",
};
const retentionHint = "1 to 50 years.";

const checkboxes = new Set(["cpdRequiresAssessorSkills", "cpdRequiresOccupationalKnowledge"]);

const emptyAsNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** The body's numbers, prefilled with its policy (version 0: none stored yet, the built-in one shown). */
export function PolicyForm(props: {
  workspaceKey: string;
  version: number;
  defaults: PolicyNumbers;
  families: PolicyFamilies;
  rows: PolicyNumberRow[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(props.version);
  const schema = useMemo(() => policyEditSchemaFor(props.families), [props.families]);
  const fields = useMemo(() => editAwardingBodyPolicyFieldNames(props.families), [props.families]);
  const { register, handleSubmit, setError, formState } = useForm<EditAwardingBodyPolicyInput>({
    resolver: zodResolver(schema),
    defaultValues: { version: props.version, ...props.defaults },
  });
  const errors = formState.errors;

  const sections = props.rows.reduce<Map<PolicySection, PolicyNumberRow[]>>((bySection, row) => {
    bySection.set(row.section, [...(bySection.get(row.section) ?? []), row]);
    return bySection;
  }, new Map());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await editAwardingBodyPolicyAction(props.workspaceKey, { ...values, version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, fields as Path<EditAwardingBodyPolicyInput>[]));
      return;
    }
    setVersion(result.data.version);
    toast.show("Policy saved. Assay now checks against the new numbers.");
    router.refresh();
  });

  function field(row: PolicyNumberRow) {
    const name = row.field as Path<EditAwardingBodyPolicyInput>;
    const error = (get(errors, row.field) as { message?: string } | undefined)?.message;
    if (checkboxes.has(row.field)) {
      return <CheckboxField key={row.field} label={row.label} hint={`Source: ${row.source}.`} {...register(name)} error={error} />;
    }
    if (row.field === "mandatoryEventName") {
      return <TextField key={row.field} label={row.label} hint={`Source: ${row.source}.`} {...register(name)} error={error} />;
    }
    const hint = `${row.field.startsWith("retentionYears.") ? retentionHint : (hints[row.field] ?? "")} Source: ${row.source}.`;
    return (
      <TextField
        key={row.field}
        label={row.label}
        hint={hint}
        type="number"
        inputMode="decimal"
        className="max-w-32"
        {...register(name, row.field === "cpdMinimumHours" ? { setValueAs: emptyAsNull } : { valueAsNumber: true })}
        error={error}
      />
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-6" aria-label="Policy numbers">
      <FormError message={formError} />
      {[...sections].map(([section, rows]) => (
        <fieldset key={section} className="flex flex-col gap-4">
          <legend className="mb-1 text-lg font-semibold text-ink">{section}</legend>
          {rows.map(field)}
        </fieldset>
      ))}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save policy
        </Button>
      </div>
    </form>
  );
}
