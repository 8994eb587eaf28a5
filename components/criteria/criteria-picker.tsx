"use client";

import { useId, useMemo, useState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field-parts";
import { TextField } from "@/components/ui/text-field";
import { criterionMatches, type PickableCriterion } from "./pickable-criterion";

/**
 * Ticks the assessment criteria something covers, across the units of a qualification: one tap per
 * criterion. The search narrows the list by number ("2.3") or words; ticked criteria always stay in
 * view. Reused wherever criteria are cross-referenced (activities, evidence, plans).
 */
export function CriteriaPicker(props: {
  criteria: readonly PickableCriterion[];
  selected: readonly string[];
  onToggle: (criterionId: string, ticked: boolean) => void;
  legend?: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
}) {
  const baseId = useId();
  const [query, setQuery] = useState("");
  const selected = useMemo(() => new Set(props.selected), [props.selected]);
  const units = useMemo(() => {
    const groups = new Map<string, { label: string; criteria: PickableCriterion[] }>();
    for (const criterion of props.criteria) {
      if (!selected.has(criterion.id) && !criterionMatches(criterion, query)) continue;
      const group = groups.get(criterion.unitId) ?? { label: criterion.unitLabel, criteria: [] };
      group.criteria.push(criterion);
      groups.set(criterion.unitId, group);
    }
    return [...groups.entries()];
  }, [props.criteria, query, selected]);
  const errorId = `${baseId}-error`;

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={props.error ? errorId : undefined}>
      <legend className="mb-1 font-semibold text-ink">{props.legend ?? "Assessment criteria covered"}</legend>
      {props.hint && <p className="text-sm text-ink-muted">{props.hint}</p>}
      <FieldError id={errorId}>{props.error}</FieldError>
      {props.criteria.length === 0 ? (
        <p>No assessment criteria are available for this qualification yet: a centre admin can type in a unit&apos;s criteria.</p>
      ) : (
        <>
          <TextField
            label="Find a criterion"
            hint="Type its number (2.3) or words from it or its unit."
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            disabled={props.disabled}
          />
          <p className="text-sm text-ink-muted" aria-live="polite">
            {selected.size === 0 ? "None ticked yet." : `${selected.size} ticked.`}
          </p>
          {units.length === 0 && <p>No criterion matches &ldquo;{query}&rdquo;.</p>}
          <div className="flex max-h-[28rem] flex-col gap-4 overflow-y-auto rounded-md border border-line-subtle p-3">
            {units.map(([unitId, unit]) => (
              <fieldset key={unitId} className="flex flex-col gap-2">
                <legend className="mb-1 text-sm font-semibold text-ink">{unit.label}</legend>
                {unit.criteria.map((criterion) => (
                  <CheckboxField
                    key={criterion.id}
                    label={`${criterion.ref} ${criterion.text}`}
                    checked={selected.has(criterion.id)}
                    onChange={(event) => props.onToggle(criterion.id, event.target.checked)}
                    disabled={props.disabled}
                    data-criterion-id={criterion.id}
                  />
                ))}
              </fieldset>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
