"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { useToast } from "@/components/ui/toast";
import { removeOccupationalCompetenceAction, removeStaffQualificationAction } from "./actions";

/** Removes one entry from the person's own record. */
export function RemoveEntryButton(props: { kind: "qualification" | "unit"; id: string; name: string }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-1">
      <FormError message={error} />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result =
              props.kind === "qualification"
                ? await removeStaffQualificationAction({ staffQualificationId: props.id })
                : await removeOccupationalCompetenceAction({ occupationalCompetenceId: props.id });
            if (!result.ok) {
              setError(result.message);
              return;
            }
            toast.show(`${props.name} removed.`);
            router.refresh();
          })
        }
      >
        Remove<VisuallyHidden> {props.name}</VisuallyHidden>
      </Button>
    </div>
  );
}
