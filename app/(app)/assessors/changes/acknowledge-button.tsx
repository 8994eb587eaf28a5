"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { useToast } from "@/components/ui/toast";
import { acknowledgeCircumstanceChangeAction } from "./actions";

/** Acknowledges one notified change, once. */
export function AcknowledgeButton(props: { workspaceKey: string; changeId: string; description: string }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-1">
      <FormError message={error} />
      <Button
        type="button"
        size="sm"
        variant="secondary"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await acknowledgeCircumstanceChangeAction(props.workspaceKey, { changeId: props.changeId });
            if (!result.ok) {
              setError(result.message);
              router.refresh();
              return;
            }
            toast.show("Change acknowledged.");
            router.refresh();
          })
        }
      >
        Acknowledge<VisuallyHidden> {props.description}</VisuallyHidden>
      </Button>
    </div>
  );
}
