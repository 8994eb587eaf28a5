import type { UnitOutcomes } from "@/lib/unit-criteria/criteria";

// Each unit's learning outcomes and assessment criteria, folded away under the units table.

export function UnitOutcomesList(props: {
  units: { id: string; urn: string; title: string }[];
  outcomes: ReadonlyMap<string, UnitOutcomes>;
}) {
  const withContent = props.units.filter((unit) => (props.outcomes.get(unit.id)?.outcomes.length ?? 0) > 0);
  if (withContent.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-2">
      {withContent.map((unit) => (
        <details key={unit.id} className="rounded-md border border-line-subtle px-3 py-2" data-testid="unit-outcomes">
          <summary className="cursor-pointer font-semibold">
            Outcomes and criteria of {unit.urn} {unit.title}
          </summary>
          <ol className="mt-2 flex flex-col gap-3">
            {props.outcomes.get(unit.id)!.outcomes.map((outcome) => (
              <li key={outcome.id}>
                <p className="font-semibold">
                  {outcome.ref}. {outcome.title ?? "(title not given in the source)"}
                </p>
                <ul className="mt-1 flex flex-col gap-1">
                  {outcome.criteria.map((criterion) => (
                    <li key={criterion.id} className="grid grid-cols-[3rem_1fr] gap-2">
                      <span className="font-semibold">{criterion.ref}</span>
                      <span>{criterion.text}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
