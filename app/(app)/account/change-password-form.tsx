"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/account/schemas";
import { changePasswordAction } from "./actions";

const fields = ["currentPassword", "password", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const router = useRouter();
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
    // Changing the password signs out every session, this one too: sign it straight back in.
    const signedIn = await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
    reset();
    if (!signedIn?.ok) {
      router.replace("/sign-in");
      return;
    }
    toast.show("Your password was changed. Any other signed-in devices have been signed out.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="Change your password">
      <FormError message={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...register("currentPassword")}
        error={formState.errors.currentPassword?.message}
      />
      <NewPasswordFields
        password={register("password")}
        passwordError={formState.errors.password?.message}
        confirmPassword={register("confirmPassword")}
        confirmPasswordError={formState.errors.confirmPassword?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Change password
        </Button>
      </div>
    </form>
  );
}
