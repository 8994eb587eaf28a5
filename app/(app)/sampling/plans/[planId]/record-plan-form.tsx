"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { recordSamplingPlanAction } from "./actions";

export function RecordPlanForm(props: { workspaceKey: string; planId: string; version: number; planned: number }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setPending(true);
    const result = await recordSamplingPlanAction(props.workspaceKey, { planId: props.planId, version: props.version });
    setPending(false);
    if (!result.ok) {
      setFormError(result.message);
      return;
    }
    toast.show("The sampling plan was recorded.");
    router.refresh();
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Record the plan">
      <FormError message={formError} />
      <p>
        Recording the plan fixes its {props.planned} decisions as the sample you will work through: nothing can be added or dropped
        afterwards. Each decision then gets its sampling record (RD11).
      </p>
      <div>
        <Button type="submit" pending={pending}>
          Record the plan
        </Button>
      </div>
    </form>
  );
}
