"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { contentTypeLabel, formatByteSize } from "@/lib/files/upload-rules";
import { staffFileDownloadUrl } from "@/lib/staff-files/staff-file-urls";
import { removeStaffFileAction } from "./actions";

export type StaffFileView = { id: string; fileName: string; contentType: string; byteSize: number };

function RemoveFileButton({ file }: { file: StaffFileView }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-1">
      <FormError message={error} />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await removeStaffFileAction({ staffFileId: file.id });
            if (!result.ok) {
              setError(result.message);
              return;
            }
            toast.show(`${file.fileName} removed.`);
            router.refresh();
          })
        }
      >
        Remove<VisuallyHidden> {file.fileName}</VisuallyHidden>
      </Button>
    </div>
  );
}

/** Files on the person's own record, each with a download link and (for the owner) "Remove". */
export function StaffFileList({ files, removable = true }: { files: StaffFileView[]; removable?: boolean }) {
  if (files.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1">
      {files.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className="min-w-0 break-words">
            <a href={staffFileDownloadUrl(file.id)} className="font-semibold underline">
              {file.fileName}
            </a>{" "}
            <span className="text-sm text-ink-muted">
              ({contentTypeLabel(file.contentType)}, {formatByteSize(file.byteSize)})
            </span>
          </span>
          {removable && <RemoveFileButton file={file} />}
        </li>
      ))}
    </ul>
  );
}
