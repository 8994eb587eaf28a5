"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { eventLabels, icsWithdrawalReasonLabels, naaceRemovalReasonLabels } from "@/lib/approvals/labels";
import type { ApprovalFormType } from "@/lib/approvals/lifecycle";
import { recordApprovalEventSchema, type RecordApprovalEventInput } from "@/lib/approvals/schemas";
import { recordApprovalEventAction } from "./actions";

// One form per lifecycle change. The fields every change has (date, reason, evidence) plus the
// change's own; checked in the browser with the action's own schema, then by the action and the rule.

type Values = {
  on: string;
  reason: string;
  evidence: string;
  schoolId: string;
  outcome: string;
  withdrawalReason: string;
  removalReason: string;
  upheld: string;
  paidUntil: string;
  organisation: string;
  penPortraitSubmitted: boolean;
  codeOfPracticeSigned: boolean;
  inWriting: boolean;
  mitigationAccepted: boolean;
};

const fieldNames: Path<Values>[] = [
  "on",
  "reason",
  "evidence",
  "schoolId",
  "outcome",
  "withdrawalReason",
  "removalReason",
  "upheld",
  "paidUntil",
  "organisation",
  "penPortraitSubmitted",
  "codeOfPracticeSigned",
  "inWriting",
  "mitigationAccepted",
];

function toInput(type: ApprovalFormType, approvalId: string, version: number, v: Values): RecordApprovalEventInput {
  const common = { approvalId, version, on: v.on, reason: v.reason, evidence: v.evidence };
  switch (type) {
    case "withdraw":
      return { ...common, type, withdrawalReason: v.withdrawalReason as never };
    case "register":
      return {
        ...common,
        type,
        penPortraitSubmitted: v.penPortraitSubmitted,
        codeOfPracticeSigned: v.codeOfPracticeSigned,
        organisation: v.organisation,
      };
    case "recordModeration":
      return { ...common, type, schoolId: v.schoolId, outcome: v.outcome as never };
    case "recordSchoolAssessment":
      return { ...common, type, schoolId: v.schoolId };
    case "lodgeAppeal":
      return { ...common, type, inWriting: v.inWriting };
    case "decideAppeal":
      return { ...common, type, upheld: v.upheld === "upheld" ? true : v.upheld === "dismissed" ? false : (undefined as never) };
    case "recordAnnualFeePaid":
      return { ...common, type, paidUntil: v.paidUntil };
    case "remove":
      return { ...common, type, removalReason: v.removalReason as never, mitigationAccepted: v.mitigationAccepted };
    default:
      return { ...common, type };
  }
}

const dateLabels: Partial<Record<ApprovalFormType, string>> = {
  lodgeAppeal: "Date the written appeal was received",
  recordModeration: "Date of the moderated assessment",
  recordSchoolAssessment: "Date of the assessment",
  recordAnnualFeePaid: "Date paid",
  recordInitialFeePaid: "Date paid",
};

export function ApprovalEventForm(props: {
  workspaceKey: string;
  approvalId: string;
  version: number;
  type: ApprovalFormType;
  schools: { id: string; name: string }[];
  /** The date a form opens with (today), as YYYY-MM-DD. */
  today: string;
}) {
  const { type } = props;
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<Values>({
    defaultValues: {
      on: props.today,
      reason: "",
      evidence: "",
      schoolId: "",
      outcome: "",
      withdrawalReason: "",
      removalReason: "",
      upheld: "",
      paidUntil: "",
      organisation: "",
      penPortraitSubmitted: false,
      codeOfPracticeSigned: false,
      inWriting: false,
      mitigationAccepted: false,
    },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    clearErrors();
    const input = toInput(type, props.approvalId, props.version, values);
    const parsed = recordApprovalEventSchema.safeParse(input);
    if (!parsed.success) {
      let first = true;
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        if ((fieldNames as string[]).includes(key)) {
          setError(key as Path<Values>, { type: "client", message: issue.message }, { shouldFocus: first });
          first = false;
        } else setFormError(issue.message);
      }
      return;
    }
    const result = await recordApprovalEventAction(props.workspaceKey, input);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, fieldNames));
      return;
    }
    toast.show(`${eventLabels[type]}: recorded.`);
    router.refresh();
  });

  const schoolOptions = props.schools.map((school) => ({ value: school.id, label: school.name }));
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 flex max-w-xl flex-col gap-4" aria-label={eventLabels[type]}>
      <FormError message={formError} />
      <TextField label={dateLabels[type] ?? "Date"} type="date" {...register("on")} error={errors.on?.message} />
      {type === "withdraw" && (
        <SelectField
          label="Why approval is withdrawn"
          placeholder="Choose a reason"
          options={Object.entries(icsWithdrawalReasonLabels).map(([value, label]) => ({ value, label }))}
          {...register("withdrawalReason")}
          error={errors.withdrawalReason?.message}
        />
      )}
      {type === "register" && (
        <>
          <CheckboxField
            label="Pen portrait submitted"
            {...register("penPortraitSubmitted")}
            error={errors.penPortraitSubmitted?.message}
          />
          <CheckboxField
            label="Code of practice signed"
            {...register("codeOfPracticeSigned")}
            error={errors.codeOfPracticeSigned?.message}
          />
          <TextField
            label="Organisation (optional)"
            hint="Shown with the name on the published list of registered assessors."
            {...register("organisation")}
            error={errors.organisation?.message}
          />
        </>
      )}
      {(type === "recordModeration" || type === "recordSchoolAssessment") && (
        <SelectField
          label="School"
          placeholder={schoolOptions.length === 0 ? "No schools yet: add one under Schools" : "Choose the school"}
          options={schoolOptions}
          {...register("schoolId")}
          error={errors.schoolId?.message}
        />
      )}
      {type === "recordModeration" && (
        <SelectField
          label="Lead Assessor's judgement"
          placeholder="Choose the outcome"
          options={[
            { value: "satisfactory", label: "Satisfactory" },
            { value: "unsatisfactory", label: "Unsatisfactory" },
          ]}
          {...register("outcome")}
          error={errors.outcome?.message}
        />
      )}
      {type === "lodgeAppeal" && (
        <CheckboxField
          label="The appeal was made in writing to the Naace office"
          {...register("inWriting")}
          error={errors.inWriting?.message}
        />
      )}
      {type === "decideAppeal" && (
        <SelectField
          label="Decision"
          placeholder="Choose the decision"
          options={[
            { value: "upheld", label: "Upheld: the assessor is accredited" },
            { value: "dismissed", label: "Dismissed: the assessor stays not accredited" },
          ]}
          {...register("upheld")}
          error={errors.upheld?.message}
        />
      )}
      {type === "recordAnnualFeePaid" && (
        <TextField label="Registration paid until" type="date" {...register("paidUntil")} error={errors.paidUntil?.message} />
      )}
      {type === "remove" && (
        <>
          <SelectField
            label="Why the assessor is removed"
            placeholder="Choose a reason"
            options={Object.entries(naaceRemovalReasonLabels).map(([value, label]) => ({ value, label }))}
            {...register("removalReason")}
            error={errors.removalReason?.message}
          />
          <CheckboxField
            label="Mitigating circumstances for non-attendance were notified in writing and accepted"
            {...register("mitigationAccepted")}
            error={errors.mitigationAccepted?.message}
          />
        </>
      )}
      <TextAreaField label="Reason" rows={3} {...register("reason")} error={errors.reason?.message} />
      <TextAreaField
        label="Evidence (optional)"
        hint="What this rests on: a letter, a moderation report, a sign-in sheet."
        rows={2}
        {...register("evidence")}
        error={errors.evidence?.message}
      />
      <div>
        <Button type="submit" variant={type === "withdraw" || type === "remove" ? "danger" : "primary"} pending={formState.isSubmitting}>
          Record: {eventLabels[type].toLowerCase()}
        </Button>
      </div>
    </form>
  );
}
