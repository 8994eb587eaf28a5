"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { updateEvidenceCriteriaAction } from "../actions";

/** Changes the criteria an item awaiting judgement is cross-referenced to (version-checked). */
export function EvidenceCriteriaForm(props: {
  workspaceKey: string;
  evidenceItemId: string;
  version: number;
  criteria: PickableCriterion[];
  selected: string[];
  actsAsCandidate: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [selected, setSelected] = useState(props.selected);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    startTransition(async () => {
      const result = await updateEvidenceCriteriaAction(props.workspaceKey, {
        evidenceItemId: props.evidenceItemId,
        version: props.version,
        criterionIds: selected,
      });
      if (!result.ok) {
        const message = result.fieldErrors?.criterionIds?.[0];
        if (message) setFieldError(message);
        else setError(result.message);
        return;
      }
      toast.show("Criteria saved.");
      router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={save} noValidate className="flex flex-col gap-4" aria-label="Change the criteria">
      <FormError message={error} />
      <CriteriaPicker
        legend={props.actsAsCandidate ? "Criteria you think it shows" : "Criteria it is cross-referenced to"}
        criteria={props.criteria}
        selected={selected}
        onToggle={(id, ticked) => setSelected((current) => (ticked ? [...current, id] : current.filter((value) => value !== id)))}
        error={fieldError}
      />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Save criteria
        </Button>
      </div>
    </form>
  );
}
