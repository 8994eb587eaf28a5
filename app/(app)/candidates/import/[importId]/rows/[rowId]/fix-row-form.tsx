"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { importFields, importFieldSpecs, type ImportProblem, type ImportRowValues } from "@/lib/candidate-import/fields";
import { rowValuesSchema } from "@/lib/candidate-import/schemas";
import { fixCandidateImportRowAction } from "../../../actions";

// Correcting one row of the preview: its values as read from the file, each problem beside its
// field; saving checks the row again. A row with no problem left goes back to the preview.

function problemsByField(problems: readonly ImportProblem[]) {
  const byField: Partial<Record<string, string>> = {};
  for (const problem of problems)
    byField[problem.field] = byField[problem.field] ? `${byField[problem.field]} ${problem.reason}` : problem.reason;
  return byField;
}

export function FixRowForm(props: {
  workspaceKey: string;
  importId: string;
  rowId: string;
  lineNumber: number;
  version: number;
  values: ImportRowValues;
  problems: ImportProblem[];
}) {
  const router = useRouter();
  const [version, setVersion] = useState(props.version);
  const [problems, setProblems] = useState(props.problems);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ImportRowValues>({ resolver: zodResolver(rowValuesSchema), defaultValues: props.values });
  const { register, handleSubmit, setError, formState } = form;
  const byField = problemsByField(problems);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await fixCandidateImportRowAction(props.workspaceKey, { importId: props.importId, rowId: props.rowId, version, values });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, importFields));
      return;
    }
    if (result.data.status !== "INVALID") {
      router.push(`/candidates/import/${props.importId}`);
      return;
    }
    setVersion(version + 1);
    setProblems(result.data.problems);
    setFormError(
      `Line ${props.lineNumber} still has ${result.data.problems.length === 1 ? "a problem" : "problems"}: see beside the fields.`,
    );
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label={`Correct line ${props.lineNumber}`}
    >
      <FormError message={formError} />
      {importFields.map((field) => {
        const spec = importFieldSpecs[field];
        return (
          <TextField
            key={field}
            label={spec.required ? spec.label : `${spec.label} (optional)`}
            hint={spec.hint || undefined}
            autoComplete="off"
            {...register(field)}
            error={formState.errors[field]?.message ?? byField[field]}
          />
        );
      })}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          Save and check again
        </Button>
        <Link href={`/candidates/import/${props.importId}`} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
