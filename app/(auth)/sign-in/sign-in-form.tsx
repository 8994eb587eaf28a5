"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { signInSchema, type SignInInput } from "@/lib/auth/auth-schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

export function SignInForm({ initialError, returnTo = "/" }: { initialError?: string; returnTo?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null | undefined>(initialError);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(signInErrorMessage(result?.error ?? "INVALID") ?? signInErrorMessage("INVALID"));
      return;
    }
    router.replace(returnTo);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-5" aria-label="Sign in">
      <FormError message={formError} />
      <TextField label="Email" type="email" autoComplete="username" {...register("email")} error={formState.errors.email?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...register("password")}
        error={formState.errors.password?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Sign in
      </Button>
    </form>
  );
}
