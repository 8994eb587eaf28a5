"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionListFields } from "@/components/forms/action-list-fields";
import { CheckboxListFieldset } from "@/components/forms/checkbox-list-fieldset";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { maximumDueYears } from "@/lib/rules/record-dates";
import { addYears } from "@/lib/rules/dates";
import {
  maximumMeetingActions,
  recordStandardisationMeetingFields,
  recordStandardisationMeetingSchema,
  type RecordStandardisationMeetingInput,
} from "@/lib/standardisation/schemas";
import { recordStandardisationMeetingAction } from "../../actions";

type Option = { id: string; label: string };

export function RecordMeetingForm(props: {
  workspaceKey: string;
  meId: string;
  today: string;
  qualifications: (Option & { units: Option[] })[];
  people: { userId: string; label: string }[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setFocus, setValue, watch, formState } = useForm<RecordStandardisationMeetingInput>({
    resolver: zodResolver(recordStandardisationMeetingSchema),
    defaultValues: {
      qualificationId: props.qualifications.length === 1 ? props.qualifications[0]!.id : "",
      heldOn: props.today,
      attendeeUserIds: [],
      otherAttendees: "",
      unitIds: [],
      evidenceStandardised: "",
      decisionsReached: "",
      actions: [],
    },
  });
  const qualificationId = watch("qualificationId");
  const unitIds = watch("unitIds");
  const attendeeUserIds = watch("attendeeUserIds");
  const units = props.qualifications.find((qualification) => qualification.id === qualificationId)?.units ?? [];
  const owners = [
    { value: props.meId, label: "You" },
    ...props.people
      .filter((person) => attendeeUserIds.includes(person.userId))
      .map((person) => ({ value: person.userId, label: person.label })),
  ];
  const errors = formState.errors;
  const attendeesError = errors.attendeeUserIds?.message ?? errors.attendeeUserIds?.root?.message;
  const unitsError = errors.unitIds?.message ?? errors.unitIds?.root?.message;

  const toggle = (field: "unitIds" | "attendeeUserIds", id: string, ticked: boolean) => {
    const current = field === "unitIds" ? unitIds : attendeeUserIds;
    setValue(field, ticked ? [...current, id] : current.filter((value) => value !== id), { shouldValidate: formState.isSubmitted });
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordStandardisationMeetingAction(props.workspaceKey, values);
    if (!result.ok) {
      const actionFields = values.actions.flatMap((_, index) =>
        (["ownerUserId", "description", "dueOn"] as const).map((field) => `actions.${index}.${field}` as const),
      );
      setFormError(applyActionErrors(result, setError, [...recordStandardisationMeetingFields, ...actionFields]));
      return;
    }
    toast.show("Meeting recorded. Its actions show on their owners' home pages until done.");
    router.push(`/standardisation/meetings/${result.data.meetingId}`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label="Record a standardisation meeting"
    >
      <FormError message={formError} />
      <SelectField
        label="Qualification"
        placeholder="Choose a qualification"
        options={props.qualifications.map((qualification) => ({ value: qualification.id, label: qualification.label }))}
        {...register("qualificationId", { onChange: () => setValue("unitIds", []) })}
        error={errors.qualificationId?.message}
      />
      <TextField label="Held on" type="date" max={props.today} {...register("heldOn")} error={errors.heldOn?.message} />
      <CheckboxListFieldset
        legend="Who attended"
        hint={<>You are recorded as attending. Tick the centre&apos;s assessors and IQAs who were there.</>}
        errorId="attendees-error"
        error={attendeesError}
        options={props.people.map((person) => ({ id: person.userId, label: person.label }))}
        selected={attendeeUserIds}
        onToggle={(id, ticked) => toggle("attendeeUserIds", id, ticked)}
        emptyText="The centre has no other active assessors or IQAs."
      />
      <TextField
        label="Others attending (optional)"
        hint="People without an account here, e.g. an employer's trainer."
        {...register("otherAttendees")}
        error={errors.otherAttendees?.message}
      />
      <CheckboxListFieldset
        legend="Units standardised"
        errorId="units-error"
        error={unitsError}
        options={units}
        selected={unitIds}
        onToggle={(id, ticked) => toggle("unitIds", id, ticked)}
        emptyText="Choose a qualification to see its units."
      />
      <TextAreaField
        label="Evidence standardised"
        hint="What was looked at together, anonymised: no candidate's or other person's details (handbook 5.9)."
        rows={4}
        {...register("evidenceStandardised")}
        error={errors.evidenceStandardised?.message}
      />
      <TextAreaField label="Decisions reached" rows={4} {...register("decisionsReached")} error={errors.decisionsReached?.message} />
      <ActionListFields
        control={control}
        register={register}
        setFocus={setFocus}
        legend="Actions agreed"
        emptyText="No actions yet."
        maximum={maximumMeetingActions}
        dueOn={{ min: props.today, max: addYears(props.today, maximumDueYears) }}
        owner={{ options: owners }}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Record the meeting
        </Button>
        <Link href="/standardisation" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
