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
import { relationshipOptionsFor } from "@/lib/conflicts/labels";
import { declareConflictSchema, type DeclareConflictInput } from "@/lib/conflicts/schemas";
import { declareConflictAction } from "./actions";

type Option = { id: string; name: string; detail?: string };

export type DeclareConflictFormProps = {
  today: string;
  /** The code of the person's own awarding body the hint cites, or null. */
  source: string | null;
} & (
  | { subject: "CANDIDATE"; centres: Option[]; candidates: { id: string; name: string; uln: string | null; centreId: string }[] }
  | { subject: "CENTRE"; centres: Option[] }
  | { subject: "SCHOOL"; schools: Option[] }
);

const hints = {
  CANDIDATE:
    "Family, personal, social, line-management, coaching, employment or financial ties stop you assessing the candidate or sampling their decisions.",
  CENTRE:
    "A tie with the whole centre (you work for it, or have a financial interest in it) stops you assessing or sampling anyone registered there.",
  SCHOOL:
    "Supporting the school through the self-review framework stops you assessing it; general support (training, school improvement) is noted only.",
} as const;

function label(option: Option): string {
  return option.detail ? `${option.name} (${option.detail})` : option.name;
}

/** One declaration form: about a candidate (choose the centre, then the candidate), a centre, or a school. */
export function DeclareConflictForm(props: DeclareConflictFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; urgent: boolean } | null>(null);
  const emptyForm: DeclareConflictInput = {
    subject: props.subject,
    centreId: props.subject === "CANDIDATE" && props.centres.length === 1 ? props.centres[0]!.id : "",
    candidateId: "",
    schoolId: "",
    relationship: "" as DeclareConflictInput["relationship"],
    details: "",
    declaredOn: props.today,
  };
  const { register, handleSubmit, setError, reset, watch, setValue, formState } = useForm<DeclareConflictInput>({
    resolver: zodResolver(declareConflictSchema),
    defaultValues: emptyForm,
  });
  const centreId = watch("centreId");
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setOutcome(null);
    const result = await declareConflictAction({ ...values, subject: props.subject });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["centreId", "candidateId", "schoolId", "relationship", "details", "declaredOn"]));
      return;
    }
    const { about, blocks, allocatedAndBlocked, allocatedCandidates } = result.data;
    const roles = allocatedAndBlocked.map((role) => (role === "assessor" ? "assessor" : "IQA")).join(" and ");
    if (allocatedAndBlocked.length > 0) {
      setOutcome({
        urgent: true,
        message: `Declared. You are ${about}'s allocated ${roles}: the centre admin now sees that ${about} must be reallocated, and you cannot record assessment decisions for them.`,
      });
    } else if (allocatedCandidates > 0) {
      setOutcome({
        urgent: true,
        message: `Declared. You are allocated to ${allocatedCandidates} candidate${allocatedCandidates === 1 ? "" : "s"} at ${about}: the centre admin must reallocate them, and you cannot record or sample there.`,
      });
    } else {
      setOutcome({
        urgent: false,
        message: blocks
          ? `Declared. You will not assess or sample ${props.subject === "CANDIDATE" ? about : `anyone at ${about}`} while this relationship continues.`
          : `Declared. General support does not stop you, but it is noted.`,
      });
    }
    reset(emptyForm);
    router.refresh();
  });
  const formLabel = {
    CANDIDATE: "Declare a relationship with a candidate",
    CENTRE: "Declare a relationship with a centre",
    SCHOOL: "Declare a relationship with a school",
  }[props.subject];
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label={formLabel}>
      <FormError message={formError} />
      {outcome && (
        <p role="status" className={outcome.urgent ? "font-semibold text-danger-800" : "font-semibold text-success-800"}>
          {outcome.message}
        </p>
      )}
      {props.subject === "CANDIDATE" && (
        <>
          <SelectField
            label="Centre"
            placeholder="Choose the candidate's centre"
            options={props.centres.map((centre) => ({ value: centre.id, label: label(centre) }))}
            {...register("centreId", { onChange: () => setValue("candidateId", "") })}
            error={formState.errors.centreId?.message}
          />
          <SelectField
            label="Candidate"
            placeholder={centreId ? "Choose a candidate" : "Choose the centre first"}
            hint="Only the candidates of the centre you chose."
            options={props.candidates
              .filter((candidate) => candidate.centreId === centreId)
              .map((candidate) => ({
                value: candidate.id,
                label: candidate.uln ? `${candidate.name} (ULN ${candidate.uln})` : candidate.name,
              }))}
            {...register("candidateId")}
            error={formState.errors.candidateId?.message}
          />
        </>
      )}
      {props.subject === "CENTRE" && (
        <SelectField
          label="Centre"
          placeholder="Choose a centre"
          options={props.centres.map((centre) => ({ value: centre.id, label: label(centre) }))}
          {...register("centreId")}
          error={formState.errors.centreId?.message}
        />
      )}
      {props.subject === "SCHOOL" && (
        <SelectField
          label="School"
          placeholder="Choose a school"
          options={props.schools.map((school) => ({ value: school.id, label: label(school) }))}
          {...register("schoolId")}
          error={formState.errors.schoolId?.message}
        />
      )}
      <SelectField
        label="Relationship"
        placeholder="Choose the relationship"
        hint={props.source ? `${hints[props.subject].slice(0, -1)} (${props.source}).` : hints[props.subject]}
        options={relationshipOptionsFor(props.subject)}
        {...register("relationship")}
        error={formState.errors.relationship?.message}
      />
      <TextAreaField label="Details (optional)" rows={3} {...register("details")} error={formState.errors.details?.message} />
      <TextField
        label="Since"
        hint="The day you declare it from; not in the future."
        type="date"
        {...register("declaredOn")}
        error={formState.errors.declaredOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Declare
        </Button>
      </div>
    </form>
  );
}
