"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { CheckboxListFieldset } from "@/components/forms/checkbox-list-fieldset";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  openStandardisationExerciseFields,
  openStandardisationExerciseSchema,
  type OpenStandardisationExerciseInput,
} from "@/lib/standardisation/schemas";
import { openStandardisationExerciseAction } from "../../actions";

type Option = { id: string; label: string };

export function OpenExerciseForm(props: {
  workspaceKey: string;
  meetingId: string;
  qualificationId: string;
  qualifications: (Option & { units: Option[] })[];
  criteria: PickableCriterion[];
  people: { userId: string; label: string }[];
  meetings: { id: string; qualificationId: string; heldOn: string }[];
  evidence: { id: string; qualificationId: string; unitIds: string[]; label: string }[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<OpenStandardisationExerciseInput>({
    resolver: zodResolver(openStandardisationExerciseSchema),
    defaultValues: {
      qualificationId: props.qualificationId || (props.qualifications.length === 1 ? props.qualifications[0]!.id : ""),
      unitId: "",
      meetingId: props.meetingId,
      title: "",
      evidenceDescription: "",
      evidenceItemId: "",
      criterionIds: [],
      participantUserIds: [],
    },
  });
  const errors = formState.errors;
  const participantsError = errors.participantUserIds?.message ?? errors.participantUserIds?.root?.message;
  const qualificationId = watch("qualificationId");
  const unitId = watch("unitId");
  const criterionIds = watch("criterionIds");
  const participantUserIds = watch("participantUserIds");
  const units = props.qualifications.find((qualification) => qualification.id === qualificationId)?.units ?? [];
  const criteria = props.criteria.filter((criterion) => criterion.unitId === unitId);
  const meetings = props.meetings.filter((meeting) => meeting.qualificationId === qualificationId);
  // Evidence of a candidate on the qualification, cross-referenced to criteria of the unit (as the action requires).
  const evidence = props.evidence.filter((item) => item.qualificationId === qualificationId && item.unitIds.includes(unitId));
  const revalidate = { shouldValidate: formState.isSubmitted };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await openStandardisationExerciseAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, openStandardisationExerciseFields));
      return;
    }
    toast.show("Exercise opened. Each participant sees it awaiting their judgement.");
    router.push(`/standardisation/exercises/${result.data.exerciseId}`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label="Open a standardisation exercise"
    >
      <FormError message={formError} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={props.qualifications.map((qualification) => ({ value: qualification.id, label: qualification.label }))}
        {...register("qualificationId", {
          onChange: () => {
            setValue("unitId", "");
            setValue("criterionIds", []);
            setValue("meetingId", "");
            setValue("evidenceItemId", "");
          },
        })}
        error={errors.qualificationId?.message}
      />
      <SelectField
        label="Unit"
        placeholder={units.length === 0 ? "Choose a qualification first" : "Choose a unit"}
        options={units.map((unit) => ({ value: unit.id, label: unit.label }))}
        {...register("unitId", {
          onChange: (event: { target: { value: string } }) => {
            // Every criterion of the unit, to start with: untick those not judged.
            setValue(
              "criterionIds",
              props.criteria.filter((criterion) => criterion.unitId === event.target.value).map((criterion) => criterion.id),
            );
            setValue("evidenceItemId", "");
          },
        })}
        error={errors.unitId?.message}
      />
      <SelectField
        label="Meeting (optional)"
        hint="The standardisation meeting this exercise is part of, if any."
        placeholder="Not part of a meeting"
        options={meetings.map((meeting) => ({ value: meeting.id, label: `Meeting held on ${meeting.heldOn}` }))}
        {...register("meetingId")}
        error={errors.meetingId?.message}
      />
      <TextField
        label="Title"
        hint="A short name participants will recognise, without the candidate's name."
        {...register("title")}
        error={errors.title?.message}
      />
      <TextAreaField
        label="The evidence to judge"
        hint="Describe it, or say where to find the copy to judge. Anonymise it: no candidate's or other person's details (handbook 5.9)."
        rows={5}
        {...register("evidenceDescription")}
        error={errors.evidenceDescription?.message}
      />
      <SelectField
        label="Evidence item (optional)"
        hint="An evidence item of a candidate on this qualification, cross-referenced to criteria of the unit, that participants can open. They will see whose portfolio it is in (except anyone who declared a conflict with that candidate): prefer an anonymised copy described above."
        placeholder="None"
        options={evidence.map((item) => ({ value: item.id, label: item.label }))}
        {...register("evidenceItemId")}
        error={errors.evidenceItemId?.message}
      />
      <CriteriaPicker
        legend="Criteria to judge"
        hint={unitId ? "Every criterion of the unit is ticked: untick those this evidence is not judged against." : "Choose a unit first."}
        criteria={criteria}
        selected={criterionIds}
        onToggle={(id, ticked) =>
          setValue("criterionIds", ticked ? [...criterionIds, id] : criterionIds.filter((value) => value !== id), revalidate)
        }
        error={errors.criterionIds?.message ?? errors.criterionIds?.root?.message}
      />
      <CheckboxListFieldset
        legend="Who judges it"
        hint={<>At least two of the centre&apos;s assessors and IQAs. Each judges on their own and sees the others only after.</>}
        errorId="participants-error"
        error={participantsError}
        options={props.people.map((person) => ({ id: person.userId, label: person.label }))}
        selected={participantUserIds}
        onToggle={(id, ticked) =>
          setValue(
            "participantUserIds",
            ticked ? [...participantUserIds, id] : participantUserIds.filter((value) => value !== id),
            revalidate,
          )
        }
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Open the exercise
        </Button>
        <Link href="/standardisation" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
