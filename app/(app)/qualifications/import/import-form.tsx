"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, FieldHint } from "@/components/ui/field-parts";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { importFormats, maxImportFileLength, type ImportFormat, type ImportProblem } from "@/lib/qualification-import/format";
import { formatOfFileName, importFormatLabels, takenNumberMessage } from "@/lib/qualification-import/labels";
import { readQualificationFile, type ReadQualificationFile } from "@/lib/qualification-import/read-qualification-file";
import { importCatalogueQualificationAction, importQualificationAction } from "./actions";
import { ProblemsTable, QualificationPreview } from "./import-preview";

type Props = { workspaceKey: string; destination: "centre" | "catalogue"; destinationName: string; takenNumbers: string[] };
type Checked = ReadQualificationFile & { fileName: string; format: ImportFormat; content: string };

const todayInUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Choose a file, check it (read and checked here in the browser, at once), see the preview with
 * every problem, then import: the server reads and checks the file again before writing anything.
 */
export function ImportQualificationForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const fileId = useId();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [fileError, setFileError] = useState<string | undefined>();
  const [formatError, setFormatError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setFileError(undefined);
    setFormatError(undefined);
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setFileError("Choose the qualification file.");
    const chosen = format || formatOfFileName(file.name);
    if (!chosen) return setFormatError("Choose CSV or JSON: the file's name does not say which it is.");
    if (file.size > maxImportFileLength * 4)
      return setFileError(`The file is too large: at most ${Math.round(maxImportFileLength / 1000)} kB.`);
    setChecking(true);
    try {
      const content = await file.text();
      if (content.length > maxImportFileLength)
        return setFileError(`The file is too large: at most ${Math.round(maxImportFileLength / 1000)} kB.`);
      const result = readQualificationFile(chosen, content, todayInUtc());
      const problems = [...result.problems];
      const number = result.preview?.qualificationNumber;
      if (number && props.takenNumbers.includes(number)) {
        problems.unshift({
          where: null,
          field: "Qualification number",
          fact: "qualificationNumber",
          message: takenNumberMessage(number, props.destination),
        });
      }
      setFormat(chosen);
      setChecked({ ...result, problems, fileName: file.name, format: chosen, content });
      requestAnimationFrame(() => previewHeading.current?.focus());
    } finally {
      setChecking(false);
    }
  };

  const runImport = async () => {
    if (!checked) return;
    setFormError(null);
    setImporting(true);
    const run = props.destination === "centre" ? importQualificationAction : importCatalogueQualificationAction;
    const result = await run(props.workspaceKey, { format: checked.format, fileName: checked.fileName, content: checked.content });
    setImporting(false);
    if (!result.ok) {
      const onNumber = result.fieldErrors?.qualificationNumber?.[0];
      if (onNumber) {
        const problem: ImportProblem = { where: null, field: "Qualification number", fact: "qualificationNumber", message: onNumber };
        setChecked({ ...checked, problems: [problem, ...checked.problems] });
      }
      setFormError(result.message);
      return;
    }
    toast.show(`${checked.preview?.title ?? "The qualification"} was imported.`);
    router.push(`/qualifications/${result.data.qualificationId}`);
  };

  const problems = checked?.problems ?? [];
  const ready = checked !== null && checked.qualification !== null && problems.length === 0;
  return (
    <div className="flex flex-col gap-6">
      <Card title="1. Choose the file">
        <form method="post" onSubmit={check} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Choose and check the file">
          <fieldset className="flex flex-col gap-2" aria-describedby={formatError ? `${fileId}-format-error` : undefined}>
            <legend className="font-semibold">File format</legend>
            <FieldError id={`${fileId}-format-error`}>{formatError}</FieldError>
            {importFormats.map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                  className="size-5"
                />
                {importFormatLabels[value]}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={fileId} className="font-semibold">
              Qualification file
            </label>
            <FieldHint id={`${fileId}-hint`}>A .csv or .json file in the layout described below.</FieldHint>
            <FieldError id={`${fileId}-error`}>{fileError}</FieldError>
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".csv,.json,text/csv,application/json"
              aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : ""].filter(Boolean).join(" ")}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => {
                setChecked(null);
                setFormError(null);
                const suggested = formatOfFileName(event.currentTarget.files?.[0]?.name ?? "");
                if (suggested) setFormat(suggested);
              }}
              className="block w-full min-h-11 text-base"
            />
          </div>
          <div>
            <Button type="submit" pending={checking}>
              Check the file
            </Button>
          </div>
        </form>
      </Card>

      {checked && (
        <section aria-labelledby={`${fileId}-preview`} className="flex flex-col gap-6" data-testid="import-preview">
          <h2 id={`${fileId}-preview`} ref={previewHeading} tabIndex={-1} className="text-xl font-semibold">
            2. Preview of {checked.fileName}
          </h2>
          {problems.length > 0 ? (
            <div className="flex flex-col gap-3" role="status">
              <p className="font-semibold text-danger-700">
                {problems.length === 1 ? "1 problem" : `${problems.length} problems`} found: nothing can be imported until the file is
                fixed. Correct the file and check it again.
              </p>
              <ProblemsTable problems={problems} />
            </div>
          ) : (
            <p role="status" className="font-semibold text-success-800">
              No problems found. Check the preview, then import.
            </p>
          )}
          {checked.preview && <QualificationPreview qualification={checked.preview} problems={problems} />}
          {checked.preview && (
            <Card title="3. Import">
              <FormError message={formError} className="mb-4" />
              <p className="mb-4">
                {props.destination === "centre"
                  ? `The qualification will be added for ${props.destinationName}'s own use: only your centre will see it.`
                  : `The qualification will be added to ${props.destinationName}'s catalogue: every centre you approve will see it.`}
              </p>
              <Button type="button" onClick={runImport} pending={importing} disabled={!ready}>
                Import the qualification
              </Button>
              {!ready && <p className="mt-2 text-sm text-ink-muted">Fix the problems listed above first.</p>}
            </Card>
          )}
        </section>
      )}
    </div>
  );
}
