/**
 * A read-only list of stored files: name (a download link), size and kind. Works in server and
 * client components.
 *
 * ```tsx
 * import { FileList } from "@/components/files/file-list";
 * <FileList files={evidence.files} label="Files" showThumbnails />
 * ```
 * `files` are `{ id, fileName, contentType, byteSize }` (lib/files/queries.ts `listCandidateFiles`
 * and the upload route return this shape). Downloads go through GET /api/files/{id}, which checks
 * access and always answers with an attachment; `showThumbnails` shows JPEG, PNG, WebP and GIF
 * photos as small pictures (served inline for images only).
 */

import { cx } from "@/components/ui/cx";
import { contentTypeLabel, formatByteSize, isInlineImage } from "@/lib/files/upload-rules";
import { downloadUrl } from "./file-urls";

export type FileListItem = { id: string; fileName: string; contentType: string; byteSize: number };

export function FileList({
  files,
  label = "Files",
  showThumbnails = false,
  emptyText = "No files.",
  className,
}: {
  files: readonly FileListItem[];
  /** Names the list for screen readers. */
  label?: string;
  showThumbnails?: boolean;
  emptyText?: string;
  className?: string;
}) {
  if (files.length === 0) return <p className={cx("text-sm text-ink-muted", className)}>{emptyText}</p>;
  return (
    <ul aria-label={label} className={cx("flex flex-col gap-2", className)}>
      {files.map((file) => (
        <li key={file.id} className="flex items-center gap-3">
          {showThumbnails && isInlineImage(file.contentType) && (
            // eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route, not optimisable
            <img
              src={downloadUrl(file.id, { inline: true })}
              alt=""
              width={56}
              height={56}
              loading="lazy"
              className="size-14 shrink-0 rounded border border-line-subtle object-cover"
            />
          )}
          <div className="min-w-0">
            <a href={downloadUrl(file.id)} download={file.fileName} className="font-semibold break-words">
              {file.fileName}
            </a>
            <p className="text-sm text-ink-muted">
              {contentTypeLabel(file.contentType)}, {formatByteSize(file.byteSize)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
