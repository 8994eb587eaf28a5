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
import { useToast } from "@/components/ui/toast";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/password-reset/schemas";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password", "confirmPassword"]));
      return;
    }
    toast.show("Your password was changed. You have been signed out everywhere else.");
    // Signs straight in with the new password; a person with no role to work in goes to sign-in.
    const signedIn = await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
    router.replace(signedIn?.ok ? "/" : "/sign-in");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-5" aria-label="Choose a new password">
      <FormError message={formError} />
      <NewPasswordFields
        password={register("password")}
        passwordError={formState.errors.password?.message}
        confirmPassword={register("confirmPassword")}
        confirmPasswordError={formState.errors.confirmPassword?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Save new password and sign in
      </Button>
    </form>
  );
}
