"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { fileNameHeader } from "@/components/files/file-urls";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint } from "@/components/ui/field-parts";
import { useToast } from "@/components/ui/toast";
import { declaredSizeProblem, defaultUploadLimitBytes, uploadAccept } from "@/lib/files/upload-rules";
import type { StaffFileTarget } from "@/lib/staff-files/schemas";
import { staffFileUploadUrl } from "@/lib/staff-files/staff-file-urls";

/**
 * Adds one file to the person's own professional record (a certificate, CV, role profile or CPD
 * evidence): choose it, then "Add file". The bytes go to POST /api/staff-files like any evidence
 * upload (size limit, content checked against its name); a refused file says why next to the field.
 */
export function StaffFileUpload({ target, label, hint }: { target: StaffFileTarget; label: string; hint?: string }) {
  const router = useRouter();
  const toast = useToast();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  async function upload() {
    setError(undefined);
    const file = input.current?.files?.[0];
    if (!file) {
      setError("Choose a file first.");
      input.current?.focus();
      return;
    }
    const early = declaredSizeProblem(file.size, defaultUploadLimitBytes);
    if (early) {
      setError(early);
      return;
    }
    setPending(true);
    try {
      const response = await fetch(staffFileUploadUrl(target), {
        method: "POST",
        headers: { "Content-Type": file.type || "application/octet-stream", [fileNameHeader]: encodeURIComponent(file.name) },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { error?: string; fieldErrors?: Record<string, string[]> } | null;
      if (!response.ok) {
        setError(body?.fieldErrors?.file?.[0] ?? body?.error ?? "The file could not be uploaded. Check your connection and try again.");
        return;
      }
      toast.show(`${file.name} added.`);
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setError("The file could not be uploaded. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <FieldHint id={`${id}-hint`}>{hint}</FieldHint>
      <FieldError id={`${id}-error`}>{error}</FieldError>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          type="file"
          accept={uploadAccept}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="max-w-full min-h-11 text-base"
        />
        <Button type="button" variant="secondary" size="sm" pending={pending} onClick={upload}>
          Add file
        </Button>
      </div>
    </div>
  );
}
