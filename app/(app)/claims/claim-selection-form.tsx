"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import type { CandidateClaimTexts } from "@/lib/certificate-claims/item-texts";
import { createClaimBatchSchema } from "@/lib/certificate-claims/schemas";
import { createClaimBatchAction } from "./actions";
import { ClaimStandings } from "./claim-standings";

const errorId = "claim-items-error";

/**
 * The certificates ready to claim, one group per candidate: tick them (or all at once) and put them
 * in a draft batch. The batch page then gives the file for the awarding body.
 */
export function ClaimSelectionForm({ workspaceKey, candidates }: { workspaceKey: string; candidates: CandidateClaimTexts[] }) {
  const router = useRouter();
  const toast = useToast();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const every = candidates.flatMap((candidate) => candidate.options.map((option) => option.value));
  const toggle = (value: string, ticked: boolean) =>
    setSelected((current) => (ticked ? [...current.filter((item) => item !== value), value] : current.filter((item) => item !== value)));

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFormError(null);
    const parsed = createClaimBatchSchema.safeParse({ items: selected });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      document.getElementById("claim-select-all")?.focus();
      return;
    }
    setPending(true);
    const result = await createClaimBatchAction(workspaceKey, { items: selected });
    setPending(false);
    if (!result.ok) {
      const items = result.fieldErrors?.items;
      if (items) setError(items.join(" "));
      else setFormError(result.message);
      router.refresh();
      return;
    }
    toast.show(`Draft batch ${result.data.reference} put together.`);
    router.push(`/claims/${result.data.batchId}`);
  }

  return (
    <form
      method="post"
      onSubmit={submit}
      noValidate
      aria-label="Certificates ready to claim"
      aria-describedby={error ? errorId : undefined}
    >
      <FormError message={formError} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Button
          id="claim-select-all"
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => setSelected(selected.length === every.length ? [] : every)}
        >
          {selected.length === every.length ? "Clear every choice" : `Choose all ${every.length} ready`}
        </Button>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {selected.length} chosen
        </p>
      </div>
      <FieldError id={errorId}>{error}</FieldError>
      <div className="mt-2 flex flex-col gap-6">
        {candidates.map((candidate) => (
          <fieldset key={candidate.candidateId} className="flex flex-col gap-2 border-t border-line-subtle pt-4">
            <legend className="font-semibold text-ink">{candidate.legend}</legend>
            {candidate.warnings.map((warning) => (
              <p key={warning} className="text-sm font-semibold text-warning-800">
                Warning: {warning}
              </p>
            ))}
            {candidate.options.map((option) => (
              <CheckboxField
                key={option.value}
                label={option.label}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
            ))}
            <ClaimStandings candidate={candidate} />
          </fieldset>
        ))}
      </div>
      <div className="mt-6">
        <Button type="submit" pending={pending}>
          Put the chosen certificates in a draft batch
        </Button>
      </div>
    </form>
  );
}
