"use client";

import Papa from "papaparse";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { workspaceHeader, fileNameHeader } from "@/components/files/file-urls";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { importFields, importFieldSpecs, type ImportField } from "@/lib/candidate-import/fields";
import { guessMapping, mappingProblems, type ColumnMapping } from "@/lib/candidate-import/guess-mapping";
import { textRefusal } from "@/lib/candidate-import/text-check";
import { candidateImportUploadUrl, mappingHeader, type UploadEvent } from "@/lib/candidate-import/upload-protocol";

// Choose a CSV → its header row is read here in the browser and each field's column guessed →
// the admin corrects the mapping → the file is sent as it is (streamed) and read on the server,
// which reports its progress line by line; then the preview opens.

type Progress = { phase: "reading"; rows: number; bytes: number } | { phase: "checking"; rows: number };

function readHeaders(file: File): Promise<string[]> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      preview: 1,
      complete: (result) =>
        resolve((result.data[0] ?? []).map((header, index) => (index === 0 ? header.replace(/^\uFEFF/, "") : header).trim())),
      error: reject,
    });
  });
}

async function* events(response: Response): AsyncGenerator<UploadEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as UploadEvent;
  }
  if (buffer.trim() !== "") yield JSON.parse(buffer) as UploadEvent;
}

export function CsvUploadForm({ workspaceKey }: { workspaceKey: string }) {
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [mappingError, setMappingError] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    setFormError(null);
    setMappingError([]);
    setFileError(null);
    setHeaders([]);
    if (!chosen) return;
    try {
      const start = 64 * 1024;
      const refusal = textRefusal(new Uint8Array(await chosen.slice(0, start).arrayBuffer()), chosen.size > start);
      if (refusal) {
        setFileError(refusal);
        return;
      }
      const read = await readHeaders(chosen);
      if (read.every((header) => header === "")) {
        setFileError("This file has no header row: its first line must name the columns.");
        return;
      }
      setHeaders(read);
      setMapping(guessMapping(read));
    } catch {
      setFileError("This file could not be read as a CSV. Save it from the spreadsheet as CSV (comma separated) and choose it again.");
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!file || headers.length === 0) {
      setFileError("Choose the CSV file exported from your student records system.");
      return;
    }
    const problems = mappingProblems(mapping, headers);
    setMappingError(problems);
    if (problems.length > 0) return;
    setProgress({ phase: "reading", rows: 0, bytes: 0 });
    try {
      const response = await fetch(candidateImportUploadUrl, {
        method: "POST",
        body: file,
        headers: {
          "Content-Type": "text/csv",
          [fileNameHeader]: encodeURIComponent(file.name),
          [mappingHeader]: encodeURIComponent(JSON.stringify(mapping)),
          [workspaceHeader]: workspaceKey,
        },
      });
      for await (const update of events(response)) {
        if (update.type === "progress") setProgress({ phase: "reading", rows: update.rows, bytes: update.bytes });
        else if (update.type === "checking") setProgress({ phase: "checking", rows: update.rows });
        else if (update.type === "done") {
          router.push(`/candidates/import/${update.importId}`);
          return;
        } else {
          setProgress(null);
          setFormError(update.error);
          if (update.fieldErrors?.mapping) setMappingError(update.fieldErrors.mapping);
          return;
        }
      }
      setProgress(null);
      setFormError("The answer from Assay stopped short. Check the list of imports below, then try again.");
    } catch {
      setProgress(null);
      setFormError("The file could not be sent (the connection may have dropped). Nothing was imported: try again.");
    }
  }

  const options = headers.map((header) => ({ value: header, label: header }));
  const busy = progress !== null;
  return (
    <form method="post" onSubmit={submit} noValidate className="flex max-w-2xl flex-col gap-6" aria-label="Upload a CSV of candidates">
      <FormError message={formError} />
      <div className="flex flex-col gap-1">
        <label htmlFor={fileId} className="font-semibold text-ink">
          CSV file
        </label>
        <p id={`${fileId}-hint`} className="text-sm text-ink-muted">
          Exported from your student records system: a header row, then one row per candidate. Up to 50,000 rows.
        </p>
        {fileError && (
          <p id={`${fileId}-error`} className="text-sm font-semibold text-danger-700">
            <span className="sr-only">Error: </span>
            {fileError}
          </p>
        )}
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => void chooseFile(event.target.files?.[0] ?? null)}
          className="min-h-11 max-w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-surface file:px-3"
        />
      </div>

      {headers.length > 0 && (
        <fieldset className="flex flex-col gap-4" aria-describedby={mappingError.length > 0 ? "mapping-error" : undefined}>
          <legend className="mb-2 text-lg font-semibold text-ink">Columns</legend>
          <p className="text-ink-muted">
            We matched the file&apos;s columns to the candidate&apos;s details by their names. Check each one and change any that is wrong.
          </p>
          {mappingError.length > 0 && (
            <ul id="mapping-error" className="list-disc pl-6 text-sm font-semibold text-danger-700">
              {mappingError.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {importFields.map((field: ImportField) => {
            const spec = importFieldSpecs[field];
            const missing = spec.required && !mapping[field];
            return (
              <SelectField
                key={field}
                name={`mapping.${field}`}
                label={spec.required ? spec.label : `${spec.label} (optional)`}
                hint={spec.hint || undefined}
                placeholder="Not in this file"
                options={options}
                value={mapping[field] ?? ""}
                disabled={busy}
                error={mappingError.length > 0 && missing ? `Choose the column for ${spec.label.toLowerCase()}.` : undefined}
                onChange={(event) => setMapping((current) => ({ ...current, [field]: event.target.value || undefined }))}
              />
            );
          })}
        </fieldset>
      )}

      <div aria-live="polite" className="min-h-6">
        {progress?.phase === "reading" && (
          <div className="flex flex-col gap-1">
            <label htmlFor="upload-progress">Reading the file: {progress.rows.toLocaleString("en-GB")} rows so far</label>
            <progress id="upload-progress" max={file?.size ?? 1} value={progress.bytes} className="h-3 w-full" />
          </div>
        )}
        {progress?.phase === "checking" && <p>Checking {progress.rows.toLocaleString("en-GB")} rows against the centre&apos;s records…</p>}
      </div>

      <div>
        <Button type="submit" pending={busy}>
          Check the file
        </Button>
      </div>
    </form>
  );
}
