"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClasses } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { cpdStatusLabels } from "@/lib/cpd/labels";

type Option = { value: string; label: string };

/**
 * The register's filters. They only change the address (the register is filtered on the server),
 * so nothing is posted and nothing goes into a GET form's URL before the script loads: "Show" goes
 * to the filtered address, as the caseload's filters do.
 */
export function RegisterFilterForm(props: {
  statusOptions: Option[];
  overdueOptions: Option[];
  initial: { status: string; cpd: string; overdue: string; breaches: boolean; reviews: boolean; qualityReview: boolean };
  showQualityReview: boolean;
  filtered: boolean;
}) {
  const router = useRouter();
  return (
    <form
      method="post"
      className="flex flex-col gap-4"
      aria-label="Filter the register"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const query = new URLSearchParams();
        for (const name of ["status", "cpd", "overdue", "breaches", "reviews", "qualityReview"]) {
          const value = data.get(name);
          if (typeof value === "string" && value !== "") query.set(name, value);
        }
        const search = query.toString();
        router.push(search ? `/assessors?${search}` : "/assessors");
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Approval status"
          name="status"
          defaultValue={props.initial.status}
          placeholder="Any status"
          options={props.statusOptions}
        />
        <SelectField
          label="CPD"
          name="cpd"
          defaultValue={props.initial.cpd}
          placeholder="Any CPD status"
          options={Object.entries(cpdStatusLabels).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Overdue"
          name="overdue"
          defaultValue={props.initial.overdue}
          placeholder="Overdue or not"
          options={props.overdueOptions}
        />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:gap-8">
        <CheckboxField label="Only open breaches" name="breaches" value="1" defaultChecked={props.initial.breaches} />
        <CheckboxField label="Only open supporting reviews" name="reviews" value="open" defaultChecked={props.initial.reviews} />
        {props.showQualityReview && (
          <CheckboxField label="Only quality reviews due" name="qualityReview" value="due" defaultChecked={props.initial.qualityReview} />
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">Show</Button>
        {props.filtered && (
          <Link href="/assessors" className={buttonClasses("secondary")}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
