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
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/auth/auth-schemas";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptInvitationAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["password", "confirmPassword"]));
      return;
    }
    const signedIn = await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
    router.replace(signedIn?.ok ? "/" : "/sign-in");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-5" aria-label="Set your password">
      <FormError message={formError} />
      <NewPasswordFields
        password={register("password")}
        passwordError={formState.errors.password?.message}
        confirmPassword={register("confirmPassword")}
        confirmPasswordError={formState.errors.confirmPassword?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Set password and sign in
      </Button>
    </form>
  );
}
