"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { ActionButton } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  markBatchClaimedFields,
  markBatchClaimedSchema,
  recordCertificateReceivedFields,
  recordCertificateReceivedSchema,
  type MarkBatchClaimedInput,
  type RecordCertificateReceivedInput,
} from "@/lib/certificate-claims/schemas";
import { markBatchClaimedAction, recordCertificateReceivedAction, removeClaimLineAction } from "../actions";

type BatchProps = { workspaceKey: string; batchId: string; version: number; today: string };

/** After uploading the file: the day the claim was made on the awarding body's system. */
export function MarkClaimedForm(props: BatchProps & { reference: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<MarkBatchClaimedInput>({
    resolver: zodResolver(markBatchClaimedSchema),
    defaultValues: { batchId: props.batchId, version: props.version, claimedOn: props.today },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await markBatchClaimedAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, markBatchClaimedFields));
      router.refresh();
      return;
    }
    toast.show(`Batch ${props.reference} marked claimed.`);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-3" aria-label="Mark the batch claimed">
      <FormError message={formError} />
      <TextField
        type="date"
        max={props.today}
        label="Date you made the claim"
        hint="The day you uploaded the batch file to the awarding body's system."
        {...register("claimedOn")}
        error={formState.errors.claimedOn?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Mark claimed
        </Button>
      </div>
    </form>
  );
}

/** A certificate that arrived: which line, the day, and the number printed on it. */
export function CertificateReceivedForm(props: BatchProps & { lines: { id: string; label: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<RecordCertificateReceivedInput>({
    resolver: zodResolver(recordCertificateReceivedSchema),
    defaultValues: {
      batchId: props.batchId,
      version: props.version,
      lineId: "",
      certificateReceivedOn: props.today,
      certificateNumber: "",
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordCertificateReceivedAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, recordCertificateReceivedFields));
      router.refresh();
      return;
    }
    toast.show("Certificate recorded.");
    reset({ batchId: props.batchId, version: props.version + 1, lineId: "", certificateReceivedOn: props.today, certificateNumber: "" });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-3" aria-label="Record a certificate received">
      <FormError message={formError} />
      <SelectField
        label="Certificate"
        placeholder="Choose…"
        options={props.lines.map((line) => ({ value: line.id, label: line.label }))}
        {...register("lineId")}
        error={formState.errors.lineId?.message}
      />
      <TextField
        type="date"
        max={props.today}
        label="Date it arrived"
        {...register("certificateReceivedOn")}
        error={formState.errors.certificateReceivedOn?.message}
      />
      <TextField
        label="Certificate number"
        autoComplete="off"
        {...register("certificateNumber")}
        error={formState.errors.certificateNumber?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the certificate
        </Button>
      </div>
    </form>
  );
}

/** Takes one certificate out of a draft batch. */
export function RemoveLineButton(props: BatchProps & { lineId: string; label: string }) {
  return (
    <ActionButton
      name={props.label}
      refreshOnError
      doneMessage={`${props.label} taken out of the batch.`}
      run={() => removeClaimLineAction(props.workspaceKey, { batchId: props.batchId, version: props.version, lineId: props.lineId })}
    >
      Take out
    </ActionButton>
  );
}
