"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A small button that runs one action at once ("Remove", "Acknowledge"): the refusal shows above it,
 * success is announced and the page refreshes. `name` says, to screen readers, what it acts on.
 */
export function ActionButton(props: {
  children: ReactNode;
  name: string;
  variant?: ButtonVariant;
  run: () => Promise<ActionResult<unknown>>;
  doneMessage: string;
  /** Refresh the page on a refusal too (when someone else may have acted first). */
  refreshOnError?: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-1">
      <FormError message={error} />
      <Button
        type="button"
        variant={props.variant ?? "ghost"}
        size="sm"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await props.run();
            if (!result.ok) {
              setError(result.message);
              if (props.refreshOnError) router.refresh();
              return;
            }
            toast.show(props.doneMessage);
            router.refresh();
          })
        }
      >
        {props.children}
        <VisuallyHidden> {props.name}</VisuallyHidden>
      </Button>
    </div>
  );
}
