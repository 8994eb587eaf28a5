"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useToast } from "@/components/ui/toast";
import { dcsRecommendationOptions } from "@/lib/visits/labels";
import { recordVisitReportFields, recordVisitReportSchema, type RecordVisitReportInput } from "@/lib/visits/schemas";
import { recordVisitReportAction } from "../actions";
import { ActionPointFields, type OwnerOption } from "./action-point-fields";

/** Records the EV's report (handbook 5.20.4); the visit becomes completed. */
export function ReportForm(props: { workspaceKey: string; visitId: string; version: number; visitOn: string; owners: OwnerOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, formState } = useForm<RecordVisitReportInput>({
    resolver: zodResolver(recordVisitReportSchema),
    defaultValues: {
      visitId: props.visitId,
      version: props.version,
      reportSummary: "",
      sanctions: "",
      dcsRecommendation: "",
      directClaimsConfirmed: false,
      actionPoints: [],
    },
  });
  const errors = formState.errors;
  // Each point's fields ("actionPoints.0.dueOn") can carry the server's message too.
  const fields = [
    ...recordVisitReportFields,
    ...Array.from({ length: 20 }, (_, index) =>
      (["kind", "ownerUserId", "description", "dueOn"] as const).map((name) => `actionPoints.${index}.${name}` as const),
    ).flat(),
  ];

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordVisitReportAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, fields));
      return;
    }
    const { claimLinesConfirmed, emailDeliveries } = result.data;
    const unsent = emailDeliveries.filter((delivery) => !delivery.sent).length;
    toast.show(
      [
        "Report recorded.",
        claimLinesConfirmed > 0
          ? `${claimLinesConfirmed} provisional claim ${claimLinesConfirmed === 1 ? "line" : "lines"} confirmed.`
          : "",
        unsent > 0 ? `${unsent} owner ${unsent === 1 ? "email" : "emails"} could not be sent: tell them yourself.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      aria-label="Record the external verifier's report"
    >
      <FormError message={formError} />
      <TextAreaField
        label="Summary of the external verifier's findings"
        rows={5}
        {...register("reportSummary")}
        error={errors.reportSummary?.message}
      />
      <TextAreaField
        label="Sanctions (leave empty if none)"
        hint="For example: certification blocked for a unit until an action is met."
        rows={2}
        {...register("sanctions")}
        error={errors.sanctions?.message}
      />
      <SelectField
        label="Direct Claims Status recommendation"
        placeholder="The report makes none"
        options={dcsRecommendationOptions}
        {...register("dcsRecommendation")}
        error={errors.dcsRecommendation?.message}
      />
      <CheckboxField
        label="The external verifier confirmed the certificates claimed under Direct Claims Status"
        hint={`Claims made under DCS on or before ${props.visitOn} stop being provisional (OCR handbook 5.21).`}
        {...register("directClaimsConfirmed")}
        error={errors.directClaimsConfirmed?.message}
      />
      <ActionPointFields control={control} register={register} owners={props.owners} dueOnMin={props.visitOn} />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Record the report
        </Button>
      </div>
    </form>
  );
}
