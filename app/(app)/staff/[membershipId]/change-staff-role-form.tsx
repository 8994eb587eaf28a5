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
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { staffRoleOptions } from "@/lib/staff/labels";
import { changeStaffRoleSchema, visibleStaffFields, type ChangeStaffRoleInput } from "@/lib/staff/schemas";
import { changeStaffRoleAction } from "../actions";

export function ChangeStaffRoleForm(props: {
  workspaceKey: string;
  membershipId: string;
  version: number;
  defaults: Pick<ChangeStaffRoleInput, "role" | "isHeadOfCentre" | "expiresOn">;
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<ChangeStaffRoleInput>({
    resolver: zodResolver(changeStaffRoleSchema),
    values: { membershipId: props.membershipId, version: props.version, ...props.defaults },
    resetOptions: { keepDirtyValues: true },
  });
  const role = watch("role");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeStaffRoleAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, visibleStaffFields(values.role)));
      return;
    }
    toast.show("Role changed.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Change role">
      <FormError message={formError} />
      <SelectField label="Role" options={staffRoleOptions} {...register("role")} error={formState.errors.role?.message} />
      {role === "CENTRE_ADMIN" && (
        <CheckboxField label="Head of centre" {...register("isHeadOfCentre")} error={formState.errors.isHeadOfCentre?.message} />
      )}
      {role === "EXTERNAL_VERIFIER" && (
        <TextField label="Access ends on" type="date" {...register("expiresOn")} error={formState.errors.expiresOn?.message} />
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save role
        </Button>
      </div>
    </form>
  );
}
