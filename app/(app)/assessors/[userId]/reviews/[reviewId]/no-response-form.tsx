"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { recordNoResponseAction } from "../../actions";

/** Records that the assessor has not answered a letter past its response date (allows withdrawal for no response). */
export function NoResponseForm(props: { workspaceKey: string; reviewId: string; version: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setPending(true);
    const result = await recordNoResponseAction(props.workspaceKey, { reviewId: props.reviewId, version: props.version });
    setPending(false);
    if (!result.ok) {
      setFormError(result.fieldErrors?._form?.[0] ?? result.message);
      return;
    }
    toast.show("No response recorded.");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Record no response">
      <FormError message={formError} />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Record no response
        </Button>
      </div>
    </form>
  );
}
