"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";
import { importCandidatesAction } from "../actions";

// Imports the checked rows step by step (each step a short transaction of its own), with a
// progress bar, until none is left; with rows that have problems, only when the admin chooses
// to leave them out.

type Outcome = { registered: number; alreadyRegistered: number; newlyWithProblems: number; emailsNotSent: number };

function plural(count: number, one: string, many: string) {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

function Imported({ outcome }: { outcome: Outcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="rounded-md border border-success-700/30 bg-success-100 p-4">
      <h2 ref={heading} tabIndex={-1} className="mb-2 text-lg font-semibold text-ink">
        {plural(outcome.registered, "candidate registered", "candidates registered")}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Each was emailed an invitation to their own Assay account.</li>
        {outcome.alreadyRegistered > 0 && (
          <li>{plural(outcome.alreadyRegistered, "row was", "rows were")} already registered: nothing was created for them.</li>
        )}
        {outcome.newlyWithProblems > 0 && (
          <li>
            {plural(outcome.newlyWithProblems, "row was", "rows were")} left out: something changed at the centre since the check (see
            below).
          </li>
        )}
        {outcome.emailsNotSent > 0 && (
          <li className="font-semibold text-danger-800">
            {plural(outcome.emailsNotSent, "invitation email", "invitation emails")} could not be sent: resend from each registration.
          </li>
        )}
      </ul>
      <Link href="/candidates" className={`${buttonClasses("primary")} mt-4`}>
        Go to the candidates
      </Link>
    </div>
  );
}

export function ImportRowsForm(props: { workspaceKey: string; importId: string; version: number; valid: number; invalid: number }) {
  const router = useRouter();
  const [validOnly, setValidOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (props.invalid > 0 && !validOnly) {
      setError(
        `${plural(props.invalid, "row has", "rows have")} problems. Correct ${props.invalid === 1 ? "it" : "them"} first, or tick "Import only the valid rows".`,
      );
      return;
    }
    setRunning(true);
    let version = props.version;
    const totals: Outcome = { registered: 0, alreadyRegistered: 0, newlyWithProblems: 0, emailsNotSent: 0 };
    for (;;) {
      const result = await importCandidatesAction(props.workspaceKey, {
        importId: props.importId,
        version,
        rows: validOnly ? "VALID_ONLY" : "ALL",
      });
      if (!result.ok) {
        setRunning(false);
        setError(
          totals.registered > 0
            ? `${plural(totals.registered, "candidate was", "candidates were")} registered, then the import stopped: ${result.message}`
            : result.message,
        );
        router.refresh();
        return;
      }
      version = result.data.version;
      totals.registered += result.data.registered;
      totals.alreadyRegistered += result.data.alreadyRegistered;
      totals.newlyWithProblems += result.data.newlyWithProblems;
      totals.emailsNotSent += result.data.emailDeliveries.filter((delivery) => !delivery.sent).length;
      setDone(totals.registered + totals.alreadyRegistered + totals.newlyWithProblems);
      if (result.data.finished) break;
    }
    setRunning(false);
    setOutcome(totals);
    router.refresh();
  }

  if (outcome) return <Imported outcome={outcome} />;
  return (
    <form method="post" onSubmit={submit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label="Import the candidates">
      <FormError message={error} />
      {props.invalid > 0 && (
        <>
          <p>
            Nothing is imported while a row has problems. Correct {props.invalid === 1 ? "it" : "them"} above, or leave{" "}
            {props.invalid === 1 ? "it" : "them"} out:
          </p>
          <CheckboxField
            label={`Import only the valid rows (${props.valid.toLocaleString("en-GB")}); leave out ${plural(props.invalid, "row", "rows")} with problems`}
            checked={validOnly}
            disabled={running}
            onChange={(event) => setValidOnly(event.target.checked)}
          />
        </>
      )}
      <div aria-live="polite" className="min-h-6">
        {running && (
          <div className="flex flex-col gap-1">
            <label htmlFor="import-progress">
              Importing: {done.toLocaleString("en-GB")} of {props.valid.toLocaleString("en-GB")} rows done
            </label>
            <progress id="import-progress" max={props.valid} value={done} className="h-3 w-full" />
          </div>
        )}
      </div>
      <div>
        <Button type="submit" pending={running}>
          Import {plural(props.valid, "candidate", "candidates")}
        </Button>
      </div>
    </form>
  );
}
