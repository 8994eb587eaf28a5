"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { caseloadHref, type CaseloadFilters } from "@/lib/caseload/filters";

/**
 * The caseload's filters. They only change the address (the list is filtered and paged on the
 * server), so nothing is posted: "Show" goes to the filtered address.
 */
export function CaseloadFilterForm(props: { filters: CaseloadFilters; centres: { id: string; name: string }[] }) {
  const router = useRouter();
  const [centreId, setCentreId] = useState(props.filters.centreId ?? "");
  const [needsMe, setNeedsMe] = useState(props.filters.needsMe);
  const [search, setSearch] = useState(props.filters.search);
  return (
    <form
      method="post"
      aria-label="Filter the caseload"
      className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        router.push(caseloadHref({ centreId: centreId || null, needsMe, search: search.trim(), page: 1 }));
      }}
    >
      <div className="sm:w-64">
        <TextField
          label="Candidate's name"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          maxLength={100}
        />
      </div>
      {props.centres.length > 1 && (
        <div className="sm:w-64">
          <SelectField
            label="Centre"
            value={centreId}
            onChange={(event) => setCentreId(event.target.value)}
            options={[{ value: "", label: "All my centres" }, ...props.centres.map((centre) => ({ value: centre.id, label: centre.name }))]}
          />
        </div>
      )}
      <div className="sm:pb-2.5">
        <CheckboxField label="Needs me now" checked={needsMe} onChange={(event) => setNeedsMe(event.target.checked)} />
      </div>
      <div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </div>
    </form>
  );
}
