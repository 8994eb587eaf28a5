"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { InvitationLink } from "@/components/staff/invitation-link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { staffRoleOptions } from "@/lib/staff/labels";
import { addStaffMemberSchema, visibleStaffFields, type AddStaffMemberInput } from "@/lib/staff/schemas";
import { addStaffMemberAction } from "../actions";


export function AddStaffMemberForm({ workspaceKey }: { workspaceKey: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ name: string; invitationToken: string | null; membershipId: string } | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<AddStaffMemberInput>({
    resolver: zodResolver(addStaffMemberSchema),
    defaultValues: { name: "", email: "", role: "" as AddStaffMemberInput["role"], isHeadOfCentre: false, expiresOn: "" },
  });
  const role = watch("role");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addStaffMemberAction(workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["name", "email", ...visibleStaffFields(values.role)]));
      return;
    }
    toast.show(result.data.invitationToken ? `${result.data.name} was added.` : `${result.data.name} was added. They already have an Assay account and sign in with it.`);
    if (result.data.invitationToken) {
      setAdded(result.data);
    } else {
      router.push("/staff");
    }
  });

  if (added?.invitationToken) {
    return (
      <Card title={`${added.name} was added`}>
        <InvitationLink token={added.invitationToken} />
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/staff" className={buttonClasses("primary")}>
            Back to staff
          </Link>
          <Link href={`/staff/${added.membershipId}`} className={buttonClasses("secondary")}>
            View {added.name}
          </Link>
        </div>
      </Card>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Add a staff member">
      <FormError message={formError} />
      <TextField label="Full name" autoComplete="off" {...register("name")} error={formState.errors.name?.message} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        hint="Their sign-in. Someone who already uses Assay at another centre keeps one account."
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
