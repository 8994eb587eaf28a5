"use client";

import { ActionButton } from "@/components/forms/action-button";
import { contentTypeLabel, formatByteSize } from "@/lib/files/upload-rules";
import { staffFileDownloadUrl } from "@/lib/staff-files/staff-file-urls";
import { removeStaffFileAction } from "./actions";

export type StaffFileView = { id: string; fileName: string; contentType: string; byteSize: number };

function RemoveFileButton({ file }: { file: StaffFileView }) {
  return (
    <ActionButton
      name={file.fileName}
      doneMessage={`${file.fileName} removed.`}
      run={() => removeStaffFileAction({ staffFileId: file.id })}
    >
      Remove
    </ActionButton>
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
