"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { staffRoleOptions } from "@/lib/staff/labels";
import { inviteStaffMemberSchema, visibleStaffFields, type InviteStaffMemberInput } from "@/lib/staff/schemas";
import { inviteStaffMemberAction } from "../actions";

const emptyForm: InviteStaffMemberInput = {
  name: "",
  email: "",
  role: "" as InviteStaffMemberInput["role"],
  isHeadOfCentre: false,
  expiresOn: "",
};

/** Replaces the form once the invitation is saved; takes focus, since the button that sent it has gone. */
function InvitationSent({ email, emailSent, onAnother }: { email: string; emailSent: boolean; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card>
      <h2 ref={heading} tabIndex={-1} className="mb-3 text-lg font-semibold text-ink">
        {emailSent ? `Invitation sent to ${email}` : `Invitation saved for ${email}`}
      </h2>
      {emailSent ? (
        <p>
          We have emailed them a link to accept. They join the staff list when they accept. The link works for 14 days; you can resend or
          withdraw the invitation from the staff list.
        </p>
      ) : (
        <p role="alert" className="font-semibold text-danger-800">
          The invitation is saved, but the email could not be sent. Try &ldquo;Resend&rdquo; from the staff list in a few minutes.
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/staff" className={buttonClasses("primary")}>
          Back to staff
        </Link>
        <Button variant="secondary" type="button" onClick={onAnother}>
          Invite someone else
        </Button>
      </div>
    </Card>
  );
}

export function InviteStaffMemberForm({ workspaceKey }: { workspaceKey: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ email: string; emailSent: boolean } | null>(null);
  const { register, handleSubmit, setError, watch, reset, formState } = useForm<InviteStaffMemberInput>({
    resolver: zodResolver(inviteStaffMemberSchema),
    defaultValues: emptyForm,
  });
  const role = watch("role");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await inviteStaffMemberAction(workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["name", "email", ...visibleStaffFields(values.role)]));
      return;
    }
    setSent({ email: result.data.email, emailSent: result.data.emailDelivery.sent });
  });

  if (sent) {
    return (
      <InvitationSent
        {...sent}
        onAnother={() => {
          reset(emptyForm);
          setSent(null);
        }}
      />
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Add a staff member">
      <FormError message={formError} />
      <TextField
        label="Full name"
        autoComplete="off"
        hint="How they are greeted in the invitation. They can correct it when they accept."
        {...register("name")}
        error={formState.errors.name?.message}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        hint="Where the invitation is sent. Someone who already uses Assay keeps one account and accepts by signing in."
        {...register("email")}
        error={formState.errors.email?.message}
      />
      <SelectField
        label="Role"
        placeholder="Choose a role"
        options={staffRoleOptions}
        {...register("role")}
        error={formState.errors.role?.message}
      />
      {role === "CENTRE_ADMIN" && (
        <CheckboxField
          label="Head of centre"
          hint="Signs the centre's declarations to the awarding body."
          {...register("isHeadOfCentre")}
          error={formState.errors.isHeadOfCentre?.message}
        />
      )}
      {role === "EXTERNAL_VERIFIER" && (
        <TextField
          label="Access ends on"
          type="date"
          hint="External verifiers get read access until the end of this day (at most a year)."
          {...register("expiresOn")}
          error={formState.errors.expiresOn?.message}
        />
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Add staff member
        </Button>
        <Link href="/staff" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
