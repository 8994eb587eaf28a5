"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { candidateAttentionOptions } from "@/lib/candidates/attention";
import { candidateStatusOptions } from "@/lib/candidates/labels";

/** Search and filters for the candidate list; they go into the address, so a result can be bookmarked. */
export function CandidateSearchForm(props: {
  q: string;
  status: string;
  assessor: string;
  needs: string;
  assessors: { userId: string; name: string }[];
}) {
  const router = useRouter();
  const [values, setValues] = useState({ q: props.q, status: props.status, assessor: props.assessor, needs: props.needs });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value.trim()) params.set(key, value.trim());
    router.push(`/candidates${params.size > 0 ? `?${params}` : ""}`);
  }
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      role="search"
      aria-label="Find candidates"
      className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
    >
      <TextField label="Name or ULN" type="search" value={values.q} onChange={(e) => setValues({ ...values, q: e.target.value })} />
      <SelectField
        label="Status"
        placeholder="Any status"
        options={candidateStatusOptions}
        value={values.status}
        onChange={(e) => setValues({ ...values, status: e.target.value })}
      />
      <SelectField
        label="Assessor"
        placeholder="Any assessor"
        options={props.assessors.map((person) => ({ value: person.userId, label: person.name }))}
        value={values.assessor}
        onChange={(e) => setValues({ ...values, assessor: e.target.value })}
      />
      <SelectField
        label="Needs"
        placeholder="Anything"
        options={candidateAttentionOptions}
        value={values.needs}
        onChange={(e) => setValues({ ...values, needs: e.target.value })}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
