"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { unlockSignInAction } from "./actions";

function Unlocked() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mt-8 flex flex-col gap-3">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink">
        Sign-in is unlocked
      </h2>
      <p>You can sign in again now. If the wrong passwords were not yours, choose a new password once you are in.</p>
      <p>
        <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}

export function UnlockSignInForm({ token }: { token: string }) {
  const [result, formAction, pending] = useActionState(unlockSignInAction, null);
  if (result?.ok) return <Unlocked />;
  return (
    <form action={formAction} className="mt-8 flex flex-col gap-5" aria-label="Unlock sign-in">
      <FormError message={result && !result.ok ? result.message : null} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending}>
        Unlock sign-in
      </Button>
    </form>
  );
}
