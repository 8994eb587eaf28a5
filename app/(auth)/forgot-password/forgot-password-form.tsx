"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "@/lib/password-reset/schemas";
import { requestPasswordResetAction } from "./actions";

function Answer({ message }: { message: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mt-8 flex flex-col gap-3">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink">
        Check your email
      </h2>
      <p>{message}</p>
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}

export function ForgotPasswordForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RequestPasswordResetInput>({
    resolver: zodResolver(requestPasswordResetSchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["email"]));
      return;
    }
    setAnswer(result.data.message);
  });

  if (answer) return <Answer message={answer} />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-5" aria-label="Ask for a password reset link">
      <FormError message={formError} />
      <TextField label="Email" type="email" autoComplete="username" {...register("email")} error={formState.errors.email?.message} />
      <Button type="submit" pending={formState.isSubmitting}>
        Email me a link
      </Button>
    </form>
  );
}
