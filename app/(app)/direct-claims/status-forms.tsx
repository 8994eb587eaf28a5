"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldValues, type Path, type Resolver, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import {
  changeDirectClaimsStatusSchema,
  recordDirectClaimsStatusSchema,
  reinstateDirectClaimsStatusSchema,
  withdrawDirectClaimsStatusSchema,
} from "@/lib/direct-claims/schemas";
import {
  changeDirectClaimsStatusAction,
  recordDirectClaimsStatusAction,
  reinstateDirectClaimsStatusAction,
  withdrawDirectClaimsStatusAction,
} from "./actions";

type Field = {
  name: string;
  label: string;
  kind: "date" | "pastDate" | "text" | "select";
  hint?: string;
  options?: { value: string; label: string }[];
};

/** One small form for one DCS step; each posts the version of the DCS the admin saw. */
function StatusForm<S extends z.ZodType<FieldValues>>(props: {
  workspaceKey: string;
  title: string;
  submit: string;
  schema: S;
  fields: Field[];
  defaults: Record<string, unknown>;
  today: string;
  run: (workspaceKey: string, input: z.input<S>) => Promise<{ ok: boolean } & Record<string, unknown>>;
  done: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<FieldValues>({
    // One generic form for four schemas: each schema is still the action's own.
    resolver: zodResolver(props.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: props.defaults,
  });
  const reg = register as UseFormRegister<FieldValues>;
  const errorOf = (name: string) => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await props.run(props.workspaceKey, values as z.input<S>);
    if (!result.ok) {
      // No refresh on a refusal: the form is keyed by the DCS version, so a refresh after someone
      // else's change would re-mount it and lose both the message and what the admin typed.
      setFormError(applyActionErrors(result as never, setError, props.fields.map((field) => field.name) as readonly Path<FieldValues>[]));
      return;
    }
    toast.show(props.done);
    reset(props.defaults);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label={props.title}>
      <FormError message={formError} />
      {props.fields.map((field) =>
        field.kind === "date" || field.kind === "pastDate" ? (
          <TextField
            key={field.name}
            type="date"
            max={field.kind === "pastDate" ? props.today : undefined}
            label={field.label}
            hint={field.hint}
            {...reg(field.name)}
            error={errorOf(field.name)}
          />
        ) : field.kind === "select" ? (
          <SelectField
            key={field.name}
            label={field.label}
            hint={field.hint}
            placeholder="Choose…"
            options={field.options ?? []}
            {...reg(field.name)}
            error={errorOf(field.name)}
          />
        ) : (
          <TextAreaField key={field.name} rows={3} label={field.label} hint={field.hint} {...reg(field.name)} error={errorOf(field.name)} />
        ),
      )}
      <div>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          {props.submit}
        </Button>
      </div>
    </form>
  );
}

export function RecordDirectClaimsStatusForm(props: {
  workspaceKey: string;
  today: string;
  qualifications: { value: string; label: string }[];
}) {
  return (
    <StatusForm
      workspaceKey={props.workspaceKey}
      title="Record Direct Claims Status"
      submit="Record DCS"
      schema={recordDirectClaimsStatusSchema}
      run={recordDirectClaimsStatusAction}
      done="Direct Claims Status recorded."
      today={props.today}
      defaults={{ qualificationId: "", grantedOn: "", endsOn: "", conditions: "" }}
      fields={[
        { name: "qualificationId", label: "Qualification", kind: "select", options: props.qualifications },
        { name: "grantedOn", label: "Date granted", hint: "The day the awarding body said the centre could use DCS.", kind: "pastDate" },
        {
          name: "endsOn",
          label: "End date (optional)",
          hint: "Leave empty when the qualification's own end date applies.",
          kind: "date",
        },
        { name: "conditions", label: "Conditions", hint: "As in the authorisation letter.", kind: "text" },
      ]}
    />
  );
}

type StatusProps = { workspaceKey: string; today: string; statusId: string; version: number; qualification: string };

export function ChangeDirectClaimsStatusForm(props: StatusProps & { endsOn: string; conditions: string }) {
  return (
    <StatusForm
      workspaceKey={props.workspaceKey}
      title={`Change the end date or conditions: ${props.qualification}`}
      submit="Save changes"
      schema={changeDirectClaimsStatusSchema}
      run={changeDirectClaimsStatusAction}
      done="End date and conditions saved."
      today={props.today}
      defaults={{ statusId: props.statusId, version: props.version, endsOn: props.endsOn, conditions: props.conditions, reason: "" }}
      fields={[
        { name: "endsOn", label: "End date (optional)", hint: "Leave empty when the qualification's own end date applies.", kind: "date" },
        { name: "conditions", label: "Conditions", kind: "text" },
        { name: "reason", label: "What changed and why", hint: "For example: a new authorisation letter.", kind: "text" },
      ]}
    />
  );
}

export function WithdrawDirectClaimsStatusForm(props: StatusProps) {
  return (
    <StatusForm
      workspaceKey={props.workspaceKey}
      title={`Record the withdrawal of DCS: ${props.qualification}`}
      submit="Record withdrawal"
      schema={withdrawDirectClaimsStatusSchema}
      run={withdrawDirectClaimsStatusAction}
      done="Withdrawal recorded."
      today={props.today}
      defaults={{ statusId: props.statusId, version: props.version, withdrawnOn: props.today, reason: "" }}
      fields={[
        { name: "withdrawnOn", label: "Date withdrawn", kind: "pastDate" },
        { name: "reason", label: "Reason", hint: "The awarding body's reason (handbook 5.21.1).", kind: "text" },
      ]}
    />
  );
}

export function ReinstateDirectClaimsStatusForm(props: StatusProps) {
  return (
    <StatusForm
      workspaceKey={props.workspaceKey}
      title={`Record the reinstatement of DCS: ${props.qualification}`}
      submit="Record reinstatement"
      schema={reinstateDirectClaimsStatusSchema}
      run={reinstateDirectClaimsStatusAction}
      done="Reinstatement recorded."
      today={props.today}
      defaults={{ statusId: props.statusId, version: props.version, reinstatedOn: props.today, reason: "" }}
      fields={[
        { name: "reinstatedOn", label: "Date reinstated", kind: "pastDate" },
        {
          name: "reason",
          label: "How it was reinstated",
          hint: "At a visit with every action point completed, or through the full DCS process again (handbook 5.21.2).",
          kind: "text",
        },
      ]}
    />
  );
}
