"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { registerCandidateSchema, type RegisterCandidateInput } from "@/lib/candidates/schemas";
import { registerCandidateAction } from "./actions";
import {
  EntryFields,
  PersonFields,
  profileFieldNames,
  UlnFields,
  ulnWarning,
  type ProfileValues,
  type UnitOption,
} from "./registration-fields";

type Person = { userId: string; name: string };
type QualificationOption = { id: string; title: string; qualificationNumber: string; units: UnitOption[] };

const emptyForm: RegisterCandidateInput = {
  name: "",
  email: "",
  dateOfBirth: "",
  uln: "",
  publiclyFunded: false,
  phone: "",
  address: "",
  employer: "",
  workplace: "",
  qualificationId: "",
  entryType: "FULL_AWARD",
  entryUnitIds: [],
  startDate: "",
  entryConfirmedOn: "",
  initialAssessmentOn: "",
  initialAssessmentOutcome: "",
  specialAssessmentRequirements: "",
  assessorUserId: "",
  iqaUserId: "",
};

type Registered = { candidateId: string; name: string; email: string; warnings: string[]; emailSent: boolean };

/** Replaces the form once the candidate is registered; takes focus, since the button that sent it has gone. */
function CandidateRegistered({ registered, onAnother }: { registered: Registered; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card>
      <h2 ref={heading} tabIndex={-1} className="mb-3 text-lg font-semibold text-ink">
        {registered.name} is registered
      </h2>
      {registered.emailSent ? (
        <p>
          We have emailed {registered.email} an invitation to their own Assay account. Their registration is linked to it when they accept.
        </p>
      ) : (
        <p role="alert" className="font-semibold text-danger-800">
          The registration is saved, but the invitation email to {registered.email} could not be sent. Resend it from the registration in a
          few minutes.
        </p>
      )}
      {registered.warnings.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-6 text-warning-800">
          {registered.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/candidates/${registered.candidateId}/registration`} className={buttonClasses("primary")}>
          Open the registration
        </Link>
        <Button variant="secondary" type="button" onClick={onAnother}>
          Register another candidate
        </Button>
      </div>
    </Card>
  );
}

export function RegisterCandidateForm(props: {
  workspaceKey: string;
  qualifications: QualificationOption[];
  assessors: Person[];
  iqas: Person[];
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const form = useForm<RegisterCandidateInput>({
    resolver: zodResolver(registerCandidateSchema),
    defaultValues: { ...emptyForm, qualificationId: props.qualifications.length === 1 ? props.qualifications[0]!.id : "" },
  });
  const { register, handleSubmit, setError, watch, reset, formState } = form;
  const [qualificationId, entryType, uln, publiclyFunded] = watch(["qualificationId", "entryType", "uln", "publiclyFunded"]);
  const units = props.qualifications.find((q) => q.id === qualificationId)?.units ?? [];
  // The profile fields are shared with the edit form; both forms hold them under the same names.
  const profileRegister = register as unknown as UseFormRegister<ProfileValues>;
  const profileErrors = formState.errors as FieldErrors<ProfileValues>;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // Units chosen before switching to the full award are not shown, so they are not sent.
    const input = { ...values, entryUnitIds: values.entryType === "UNITS" ? values.entryUnitIds : [] };
    const result = await registerCandidateAction(props.workspaceKey, input);
    if (!result.ok) {
      setFormError(
        applyActionErrors(result, setError, [
          ...profileFieldNames,
          "email",
          "qualificationId",
          "entryConfirmedOn",
          "assessorUserId",
          "iqaUserId",
        ]),
      );
      return;
    }
    setRegistered({
      candidateId: result.data.candidateId,
      name: values.name,
      email: values.email.trim().toLowerCase(),
      warnings: result.data.warnings,
      emailSent: result.data.emailDelivery.sent,
    });
  });

  if (registered) {
    return (
      <CandidateRegistered
        registered={registered}
        onAnother={() => {
          reset(emptyForm);
          setRegistered(null);
        }}
      />
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-8" aria-label="Register a candidate">
      <FormError message={formError} />
      <PersonFields register={profileRegister} errors={profileErrors} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        hint="We email the candidate an invitation to their own account here, to see their plan, evidence and feedback."
        {...register("email")}
        error={formState.errors.email?.message}
      />
      <UlnFields register={profileRegister} errors={profileErrors} warning={ulnWarning(uln, publiclyFunded)} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={props.qualifications.map((q) => ({ value: q.id, label: `${q.title} (${q.qualificationNumber})` }))}
        {...register("qualificationId")}
        error={formState.errors.qualificationId?.message}
      />
      <EntryFields register={profileRegister} errors={profileErrors} entryType={entryType} units={units} />
      <TextField
        label="Entry confirmed on (optional)"
        type="date"
        hint="The day the awarding body confirmed the entry. You can record it later."
        {...register("entryConfirmedOn")}
        error={formState.errors.entryConfirmedOn?.message}
      />
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-2 text-lg font-semibold text-ink">Allocation (optional now)</legend>
        <SelectField
          label="Assessor"
          placeholder="Not allocated yet"
          options={props.assessors.map((p) => ({ value: p.userId, label: p.name }))}
          {...register("assessorUserId")}
          error={formState.errors.assessorUserId?.message}
        />
        <SelectField
          label="IQA"
          placeholder="Not allocated yet"
          options={props.iqas.map((p) => ({ value: p.userId, label: p.name }))}
          {...register("iqaUserId")}
          error={formState.errors.iqaUserId?.message}
        />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Register candidate
        </Button>
        <Link href="/candidates" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
