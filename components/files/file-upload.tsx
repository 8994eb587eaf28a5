"use client";

/**
 * Evidence file upload for any form that attaches files to a candidate's record.
 *
 * ```tsx
 * import { FileUpload } from "@/components/files/file-upload";
 *
 * const [fileIds, setFileIds] = useState<string[]>([]);
 * <FileUpload
 *   candidateId={candidate.id}
 *   workspaceKey={workspaceKey}        // the page's access.workspace.key: refused if the person switched centre
 *   label="Photos and files"
 *   value={fileIds}                    // ids of the StoredFile rows uploaded (controlled)
 *   onChange={setFileIds}
 *   name="fileIds"                     // optional: one <input type="hidden" name="fileIds"> per id
 *   error={errors.fileIds?.message}    // optional: the parent form's error for this field
 * />
 * ```
 * With react-hook-form: `<Controller name="fileIds" control={control} render={({ field }) =>
 * <FileUpload value={field.value} onChange={field.onChange} … />} />`.
 *
 * - "Take a photo" opens the phone's camera (`accept="image/*" capture="environment"`); "Choose
 *   files" picks any number of files. Each file uploads at once, on its own, with a progress bar.
 * - Each upload is `POST /api/candidates/{candidateId}/files` (the raw bytes; see that route). A
 *   refused file (too large, a kind Assay does not take, content not matching its name) is listed
 *   with the reason and is not added to `value`.
 * - "Remove" takes a file out of `value` before the form is saved; a file uploaded here is also
 *   deleted (DELETE /api/files/{id}, only while no saved record uses it). The parent's action
 *   links the ids it receives (lib/files/link-files.ts `linkUploadedFiles`, in its transaction),
 *   which checks they belong to the same centre and candidate and are not linked yet.
 * - `initialFiles` names files already attached when a saved record is edited.
 * - `onBusyChange(true)` while any upload is running: disable the form's save button meanwhile.
 * - The list is the widget's own: to start again (a new record after saving), remount it with a
 *   new `key`; changing `value` from outside does not change the list shown.
 *
 * `uploadFile()` is exported for code that uploads without the widget (same request, same result);
 * the addresses are in ./file-urls.ts, and ./file-list.tsx lists stored files with download links.
 */

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { downloadUrl, fileNameHeader, uploadUrl, workspaceHeader } from "./file-urls";
import { contentTypeLabel, declaredSizeProblem, defaultUploadLimitBytes, formatByteSize, uploadAccept } from "@/lib/files/upload-rules";

/** A stored file as the upload route and the file lists describe it. */
export type UploadedFile = { id: string; fileName: string; contentType: string; byteSize: number };

export type UploadResult = { ok: true; file: UploadedFile } | { ok: false; message: string };

function messageFromResponse(status: number, body: unknown): string {
  if (body && typeof body === "object") {
    const { error, fieldErrors } = body as { error?: unknown; fieldErrors?: Record<string, string[]> };
    const fieldMessage = fieldErrors?.file?.[0] ?? Object.values(fieldErrors ?? {})[0]?.[0];
    if (typeof fieldMessage === "string") return fieldMessage;
    if (typeof error === "string") return error;
  }
  if (status === 413) return "This file is too large for Assay. Nothing was uploaded.";
  if (status === 401) return "Your sign-in has ended. Sign in again, then add the file again.";
  return "The file could not be uploaded. Check your connection and try again.";
}

/**
 * Uploads one file with XMLHttpRequest (fetch cannot report upload progress). Resolves with the
 * stored file or the reason it was refused; never rejects.
 */
export function uploadFile(
  candidateId: string,
  file: File,
  options: { workspaceKey?: string; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", uploadUrl(candidateId));
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.setRequestHeader(fileNameHeader, encodeURIComponent(file.name));
    if (options.workspaceKey) xhr.setRequestHeader(workspaceHeader, options.workspaceKey);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      const stored = (body as { file?: UploadedFile } | null)?.file;
      if (xhr.status >= 200 && xhr.status < 300 && stored) resolve({ ok: true, file: stored });
      else resolve({ ok: false, message: messageFromResponse(xhr.status, body) });
    };
    xhr.onerror = () => resolve({ ok: false, message: "The upload stopped: check your connection and add the file again." });
    xhr.onabort = () => resolve({ ok: false, message: "The upload was cancelled." });
    options.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(file);
  });
}

/**
 * Takes back a file uploaded but not saved with any record (DELETE /api/files/{id}). Best effort:
 * resolves true when it was removed; a file kept (already saved with a record) resolves false.
 */
export async function discardUpload(fileId: string, options: { workspaceKey?: string } = {}): Promise<boolean> {
  try {
    const response = await fetch(downloadUrl(fileId), {
      method: "DELETE",
      headers: options.workspaceKey ? { [workspaceHeader]: options.workspaceKey } : {},
    });
    return response.status === 204;
  } catch {
    return false;
  }
}

type Item = {
  key: string;
  fileName: string;
  byteSize: number;
  status: "uploading" | "done" | "refused";
  progress: number;
  message?: string;
  file?: UploadedFile;
};

export type FileUploadProps = {
  candidateId: string;
  label: string;
  hint?: string;
  /** Ids of the uploaded files (controlled). */
  value: string[];
  onChange: (ids: string[]) => void;
  /** When set, one hidden input of this name per id, for forms read as FormData. */
  name?: string;
  /** The workspace key the page was rendered for (access.workspace.key). */
  workspaceKey?: string;
  /** Files already attached (when editing a saved record), so their names show. */
  initialFiles?: UploadedFile[];
  /** The parent form's error for this field. */
  error?: string;
  /** Refuse larger files in the browser before sending (the server's limit is the one that counts). */
  maxBytes?: number;
  /** Told true while any upload is running, false when all have finished. */
  onBusyChange?: (busy: boolean) => void;
  /** Hides "Take a photo" (e.g. a desktop-only form); shown by default. */
  showCamera?: boolean;
  disabled?: boolean;
};

export function FileUpload({
  candidateId,
  label,
  hint,
  value,
  onChange,
  name,
  workspaceKey,
  initialFiles = [],
  error,
  maxBytes = defaultUploadLimitBytes,
  onBusyChange,
  showCamera = true,
  disabled = false,
}: FileUploadProps) {
  const baseId = useId();
  const cameraInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>(() =>
    initialFiles.map((file) => ({ key: file.id, fileName: file.fileName, byteSize: file.byteSize, status: "done", progress: 1, file })),
  );
  const [announcement, setAnnouncement] = useState("");
  const [initialIds] = useState(() => new Set(initialFiles.map((file) => file.id)));
  // Uploads finish in any order: each adds its id to the latest value, not the one it started with.
  const latestValue = useRef(value);
  useEffect(() => {
    latestValue.current = value;
  }, [value]);
  const busy = items.some((item) => item.status === "uploading");
  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);
  const aborts = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const running = aborts.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const update = (key: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  async function start(file: File) {
    const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const early = declaredSizeProblem(file.size, maxBytes);
    if (early) {
      setItems((current) => [
        ...current,
        { key, fileName: file.name, byteSize: file.size, status: "refused", progress: 0, message: early },
      ]);
      setAnnouncement(`${file.name} was not uploaded: ${early}`);
      return;
    }
    setItems((current) => [...current, { key, fileName: file.name, byteSize: file.size, status: "uploading", progress: 0 }]);
    setAnnouncement(`Uploading ${file.name}.`);
    const controller = new AbortController();
    aborts.current.set(key, controller);
    const result = await uploadFile(candidateId, file, {
      workspaceKey,
      signal: controller.signal,
      onProgress: (fraction) => update(key, { progress: fraction }),
    });
    aborts.current.delete(key);
    if (result.ok) {
      update(key, { status: "done", progress: 1, file: result.file, fileName: result.file.fileName });
      const next = [...latestValue.current, result.file.id];
      latestValue.current = next;
      onChange(next);
      setAnnouncement(`${result.file.fileName} uploaded.`);
    } else {
      update(key, { status: "refused", message: result.message });
      setAnnouncement(`${file.name} was not uploaded: ${result.message}`);
    }
  }

  function picked(input: HTMLInputElement | null) {
    const files = Array.from(input?.files ?? []);
    if (input) input.value = "";
    for (const file of files) void start(file);
  }

  function remove(item: Item) {
    aborts.current.get(item.key)?.abort();
    setItems((current) => current.filter((other) => other.key !== item.key));
    // A file uploaded here and not yet saved with the record is taken back; one that came with
    // the record (initialFiles) only leaves the form's value, for the record's own action.
    if (item.file && item.status === "done" && !initialIds.has(item.file.id)) void discardUpload(item.file.id, { workspaceKey });
    if (item.file) {
      const next = latestValue.current.filter((id) => id !== item.file!.id);
      latestValue.current = next;
      onChange(next);
    }
    setAnnouncement(`${item.fileName} removed.`);
  }

  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="font-semibold text-ink">{label}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-danger-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {showCamera && (
          <>
            <Button type="button" variant="secondary" disabled={disabled} onClick={() => cameraInput.current?.click()}>
              Take a photo
            </Button>
            <input
              ref={cameraInput}
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              onChange={(event) => picked(event.currentTarget)}
            />
          </>
        )}
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => filesInput.current?.click()}>
          Choose files
        </Button>
        <input ref={filesInput} type="file" multiple accept={uploadAccept} hidden onChange={(event) => picked(event.currentTarget)} />
      </div>
      {items.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label={`${label}: files`}>
          {items.map((item) => (
            <li
              key={item.key}
              className={cx(
                "flex flex-col gap-1 rounded-md border p-3",
                item.status === "refused" ? "border-danger-700 bg-danger-50" : "border-line-subtle bg-surface",
              )}
            >
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-semibold break-words text-ink">{item.fileName}</p>
                  <p className="text-sm text-ink-muted">
                    {formatByteSize(item.byteSize)}
                    {item.file ? `, ${contentTypeLabel(item.file.contentType)}` : ""}
                    {item.status === "uploading" ? ", uploading" : item.status === "done" ? ", uploaded" : ", not uploaded"}
                  </p>
                </div>
                <Button type="button" variant="ghost" size="sm" onClick={() => remove(item)} aria-label={`Remove ${item.fileName}`}>
                  {item.status === "uploading" ? "Cancel" : "Remove"}
                </Button>
              </div>
              {item.status === "uploading" && (
                <progress
                  className="h-2 w-full accent-brand-700"
                  max={100}
                  value={Math.round(item.progress * 100)}
                  aria-label={`Uploading ${item.fileName}`}
                >
                  {Math.round(item.progress * 100)}%
                </progress>
              )}
              {item.status === "refused" && item.message && (
                <p className="text-sm font-semibold text-danger-800">
                  <span className="sr-only">Error: </span>
                  {item.message}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {name && value.map((id) => <input key={id} type="hidden" name={name} value={id} />)}
    </fieldset>
  );
}
