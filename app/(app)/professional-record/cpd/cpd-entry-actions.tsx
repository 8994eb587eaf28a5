"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { SelectOption } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { RecordCpdEntryInput } from "@/lib/cpd/schemas";
import { removeCpdEntryAction } from "./actions";
import { CpdEntryForm } from "./cpd-entry-form";

/** "Edit" (opens the entry's form in place) and "Remove" for one CPD activity. */
export function CpdEntryActions(props: {
  entry: { id: string; version: number; values: RecordCpdEntryInput };
  name: string;
  eventOptions: SelectOption[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
          {editing ? "Cancel edit" : "Edit"}
          <VisuallyHidden> {props.name}</VisuallyHidden>
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await removeCpdEntryAction({ cpdEntryId: props.entry.id, version: props.entry.version });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.show("CPD activity removed.");
              router.refresh();
            })
          }
        >
          Remove<VisuallyHidden> {props.name}</VisuallyHidden>
        </Button>
      </div>
      {editing && <CpdEntryForm eventOptions={props.eventOptions} entry={props.entry} onDone={() => setEditing(false)} />}
    </div>
  );
}
