"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { checkUlnForCertification } from "@/lib/rules/entry-eligibility";
import { normaliseUln } from "@/lib/rules/uln";

// The RD01 fields shared by registering a candidate and editing the registration.

export type ProfileValues = {
  name: string;
  dateOfBirth: string;
  uln: string;
  publiclyFunded: boolean;
  phone: string;
  address: string;
  employer: string;
  workplace: string;
  entryType: "FULL_AWARD" | "UNITS";
  entryUnitIds: string[];
  startDate: string;
  initialAssessmentOn: string;
  initialAssessmentOutcome: string;
  specialAssessmentRequirements: string;
};

export const profileFieldNames = [
  "name",
  "dateOfBirth",
  "uln",
  "publiclyFunded",
  "phone",
  "address",
  "employer",
  "workplace",
  "entryType",
  "entryUnitIds",
  "startDate",
  "initialAssessmentOn",
  "initialAssessmentOutcome",
  "specialAssessmentRequirements",
] as const;

export type UnitOption = { id: string; urn: string; title: string; group: string; unitNumber: number | null; credit: number };

/** What the ULN rule says while the field is empty (a valid one says nothing; a wrong one is a field error). */
export function ulnWarning(uln: string, publiclyFunded: boolean): string | null {
  if (normaliseUln(uln ?? "") !== "") return null;
  return checkUlnForCertification({ uln: null, publiclyFunded })[0]?.message ?? null;
}

export function PersonFields({ register, errors }: { register: UseFormRegister<ProfileValues>; errors: FieldErrors<ProfileValues> }) {
  return (
    <fieldset className="flex flex-col gap-5">
      <legend className="mb-2 text-lg font-semibold text-ink">The candidate</legend>
      <TextField label="Full name" autoComplete="off" {...register("name")} error={errors.name?.message} />
      <TextField
        label="Date of birth"
        type="date"
        hint="Entries are named, and the qualification's approved age groups depend on it."
        {...register("dateOfBirth")}
        error={errors.dateOfBirth?.message}
      />
      <TextField label="Phone (optional)" type="tel" autoComplete="off" {...register("phone")} error={errors.phone?.message} />
      <TextAreaField label="Address (optional)" rows={3} {...register("address")} error={errors.address?.message} />
      <TextField label="Employer (optional)" autoComplete="off" {...register("employer")} error={errors.employer?.message} />
      <TextField
        label="Workplace or site (optional)"
        hint="Where the candidate is assessed."
        autoComplete="off"
        {...register("workplace")}
        error={errors.workplace?.message}
      />
    </fieldset>
  );
}

export function UlnFields({
  register,
  errors,
  warning,
}: {
  register: UseFormRegister<ProfileValues>;
  errors: FieldErrors<ProfileValues>;
  warning: string | null;
}) {
  return (
    <fieldset className="flex flex-col gap-5">
      <legend className="mb-2 text-lg font-semibold text-ink">Unique Learner Number</legend>
      <TextField
        label="ULN (optional)"
        inputMode="numeric"
        autoComplete="off"
        hint="Ten digits, from the candidate's Personal Learning Record. Spaces are ignored."
        {...register("uln")}
        error={errors.uln?.message}
      />
      <CheckboxField
        label="Publicly funded"
        hint="A publicly funded candidate must have a valid ULN before certification is claimed (OCR handbook 7.4)."
        {...register("publiclyFunded")}
        error={errors.publiclyFunded?.message}
      />
      {warning && (
        <p className="rounded-md border border-warning-800/30 bg-warning-100 p-3 text-warning-800" role="status">
          {warning}
        </p>
      )}
    </fieldset>
  );
}

export function EntryFields({
  register,
  errors,
  entryType,
  units,
}: {
  register: UseFormRegister<ProfileValues>;
  errors: FieldErrors<ProfileValues>;
  entryType: string;
  units: UnitOption[];
}) {
  const entryTypeError = errors.entryType?.message;
  const unitsError = errors.entryUnitIds?.message ?? errors.entryUnitIds?.root?.message;
  return (
    <fieldset className="flex flex-col gap-5">
      <legend className="mb-2 text-lg font-semibold text-ink">Entry</legend>
      <fieldset className="flex flex-col gap-2" aria-describedby={entryTypeError ? "entry-type-error" : undefined}>
        <legend className="font-semibold text-ink">Entered for</legend>
        {entryTypeError && (
          <p id="entry-type-error" className="font-semibold text-danger-800">
            {entryTypeError}
          </p>
        )}
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" value="FULL_AWARD" className="size-6 accent-brand-700" {...register("entryType")} />
          The full award
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" value="UNITS" className="size-6 accent-brand-700" {...register("entryType")} />
          Named units only
        </label>
        <p className="text-sm text-ink-muted">
          Candidates are entered for the full award or for individual units, never both (OCR handbook 7.3).
        </p>
      </fieldset>
      {entryType === "UNITS" && (
        <fieldset className="flex flex-col gap-2" aria-describedby={unitsError ? "entry-units-error" : undefined}>
          <legend className="font-semibold text-ink">Units entered for</legend>
          {unitsError && (
            <p id="entry-units-error" className="font-semibold text-danger-800">
              {unitsError}
            </p>
          )}
          {units.length === 0 ? (
            <p className="text-ink-muted">Choose the qualification first.</p>
          ) : (
            <ul className="flex max-h-96 flex-col gap-1 overflow-y-auto rounded-md border border-line-subtle p-2">
              {units.map((unit) => (
                <li key={unit.id}>
                  <label className="flex min-h-11 items-start gap-3 py-1">
                    <input
                      type="checkbox"
                      value={unit.id}
                      className="mt-0.5 size-6 shrink-0 accent-brand-700"
                      {...register("entryUnitIds")}
                    />
                    <span>
                      {unit.unitNumber !== null ? `Unit ${unit.unitNumber}: ` : ""}
                      {unit.title}{" "}
                      <span className="text-sm text-ink-muted">
                        ({unit.urn}, group {unit.group}, {unit.credit} credits)
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
      <TextField label="Start date" type="date" {...register("startDate")} error={errors.startDate?.message} />
      <TextField
        label="Initial assessment date (optional)"
        type="date"
        hint="OCR recommends an initial assessment to check the candidate can reach the standard and to choose optional units."
        {...register("initialAssessmentOn")}
        error={errors.initialAssessmentOn?.message}
      />
      <TextAreaField
        label="Initial assessment outcome (optional)"
        rows={3}
        {...register("initialAssessmentOutcome")}
        error={errors.initialAssessmentOutcome?.message}
      />
      <TextAreaField
        label="Special assessment requirements (optional)"
        hint="Reasonable adjustments or anything else the assessor must know."
        rows={3}
        {...register("specialAssessmentRequirements")}
        error={errors.specialAssessmentRequirements?.message}
      />
    </fieldset>
  );
}
