"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { minimumPasswordLength } from "@/lib/auth/password-policy";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/password-schemas";
import { changePasswordAction } from "./actions";

const fields = ["currentPassword", "password", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, fields));
      return;
    }
    reset();
    toast.show("Your password was changed.");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Change your password">
      <FormError message={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...register("currentPassword")}
        error={formState.errors.currentPassword?.message}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minimumPasswordLength} characters. Three random words work well.`}
        {...register("password")}
        error={formState.errors.password?.message}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        {...register("confirmPassword")}
        error={formState.errors.confirmPassword?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Change password
        </Button>
      </div>
    </form>
  );
}
