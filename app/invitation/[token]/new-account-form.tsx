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
import { acceptWithNewAccountSchema, type AcceptWithNewAccountInput } from "@/lib/invitations/schemas";
import { acceptInvitationWithNewAccountAction } from "./actions";

/** A person new to Assay: their name (as the admin typed it, to correct) and a password. */
export function NewAccountForm({ token, name }: { token: string; name: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AcceptWithNewAccountInput>({
    resolver: zodResolver(acceptWithNewAccountSchema),
    defaultValues: { token, name, password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptInvitationWithNewAccountAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["name", "password", "confirmPassword"]));
      // Someone created the account meanwhile: the page now asks them to sign in.
      if (result.code === "CONFLICT") router.refresh();
      return;
    }
    const signedIn = await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
    router.replace(signedIn?.ok ? "/" : "/sign-in");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5" aria-label="Accept and create your account">
      <FormError message={formError} />
      <TextField label="Your full name" autoComplete="name" {...register("name")} error={formState.errors.name?.message} />
      <NewPasswordFields
        password={register("password")}
        passwordError={formState.errors.password?.message}
        confirmPassword={register("confirmPassword")}
        confirmPasswordError={formState.errors.confirmPassword?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Accept and create account
      </Button>
    </form>
  );
}
