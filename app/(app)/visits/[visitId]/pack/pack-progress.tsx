"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While the pack is being prepared: its progress as a bar and in words (announced politely as it
 * changes), and the page re-read every two seconds until the job has finished.
 */
export function PackProgress(props: { filesDone: number; filesTotal: number; waiting: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  const words = props.waiting
    ? "Waiting to start…"
    : props.filesTotal > 0
      ? `${props.filesDone} of ${props.filesTotal} files added`
      : "Working out what goes in the pack…";
  return (
    <div className="flex flex-col gap-2" data-testid="visit-pack-progress">
      <label htmlFor="visit-pack-progress-bar" className="font-semibold">
        Preparing the pack
      </label>
      <progress
        id="visit-pack-progress-bar"
        className="h-3 w-full max-w-md"
        max={Math.max(props.filesTotal, 1)}
        value={props.waiting ? undefined : props.filesDone}
      />
      <p role="status" aria-live="polite">
        {words}
      </p>
    </div>
  );
}
