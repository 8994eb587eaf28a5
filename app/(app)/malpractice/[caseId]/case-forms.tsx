"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  addMalpracticeNoteSchema,
  closeMalpracticeCaseSchema,
  recordMalpracticeReportSchema,
  type AddMalpracticeNoteInput,
  type CloseMalpracticeCaseInput,
  type RecordMalpracticeReportInput,
} from "@/lib/malpractice/schemas";
import { addMalpracticeNoteAction, closeMalpracticeCaseAction, recordMalpracticeReportAction } from "../actions";

type Props = { workspaceKey: string; caseId: string; version: number; today: string };

export function AddNoteForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AddMalpracticeNoteInput>({
    resolver: zodResolver(addMalpracticeNoteSchema),
    defaultValues: { caseId: props.caseId, version: props.version, writtenOn: props.today, note: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addMalpracticeNoteAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["writtenOn", "note"]));
      return;
    }
    toast.show("Note added.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label="Add an investigation note">
      <FormError message={formError} />
      <TextField type="date" max={props.today} label="Date" {...register("writtenOn")} error={formState.errors.writtenOn?.message} />
      <TextAreaField
        label="Note"
        hint="Notes are never changed or removed: to correct one, add another."
        rows={4}
        {...register("note")}
        error={formState.errors.note?.message}
      />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Add the note
        </Button>
      </div>
    </form>
  );
}

export function RecordReportForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RecordMalpracticeReportInput>({
    resolver: zodResolver(recordMalpracticeReportSchema),
    defaultValues: { caseId: props.caseId, version: props.version, reportedToAwardingBodyOn: props.today, reportNote: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordMalpracticeReportAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["reportedToAwardingBodyOn", "reportNote"]));
      return;
    }
    toast.show("Report recorded.");
    router.refresh();
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-3"
      aria-label="Record the report to the awarding body"
    >
      <FormError message={formError} />
      <TextField
        type="date"
        max={props.today}
        label="Date reported in writing"
        {...register("reportedToAwardingBodyOn")}
        error={formState.errors.reportedToAwardingBodyOn?.message}
      />
      <TextAreaField
        label="How and to whom"
        hint="For OCR: an email to Risk and Compliance, compliance@ocr.org.uk."
        rows={2}
        {...register("reportNote")}
        error={formState.errors.reportNote?.message}
      />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Record the report
        </Button>
      </div>
    </form>
  );
}

export function CloseCaseForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CloseMalpracticeCaseInput>({
    resolver: zodResolver(closeMalpracticeCaseSchema),
    defaultValues: { caseId: props.caseId, version: props.version, closedOn: props.today, outcome: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await closeMalpracticeCaseAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["closedOn", "outcome"]));
      return;
    }
    toast.show("Case closed.");
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label="Close the case">
      <FormError message={formError} />
      <TextField type="date" max={props.today} label="Date closed" {...register("closedOn")} error={formState.errors.closedOn?.message} />
      <TextAreaField label="Outcome of the investigation" rows={4} {...register("outcome")} error={formState.errors.outcome?.message} />
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Close the case
        </Button>
      </div>
    </form>
  );
}
