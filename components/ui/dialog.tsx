"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

export type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  children?: ReactNode;
};

/**
 * Modal built on native <dialog>.showModal(), which gives focus trapping, inert background and
 * Escape handling for free. `open` stays the single source of truth: Escape and the Close button
 * only ask the parent to close via onClose.
 */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Browsers restore focus on close, but not reliably (Safari, or when the dialog unmounts while
  // open), so do it explicitly when focus would otherwise fall to <body>.
  function restoreFocus() {
    const target = opener.current;
    opener.current = null;
    const active = document.activeElement;
    const lost = !active || active === document.body || ref.current?.contains(active);
    if (target?.isConnected && lost) target.focus();
  }

  // Unmounting while open (navigation, or StrictMode's dev remount) must not strand focus.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
      if (opener.current) restoreFocus();
    };
  }, []);

  // The backdrop colour is literal: ::backdrop does not inherit theme variables in older browsers.
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Keep the element open until the parent agrees; it re-renders with open={false}.
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // The event is queued; if StrictMode's remount already reopened the dialog, it is stale.
        if (ref.current?.open) return;
        restoreFocus();
        // Closed by something other than our effect (e.g. a <form method="dialog"> inside).
        if (open) onClose();
      }}
      className="m-auto w-[min(100%-2rem,36rem)] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-lg bg-surface p-0 text-ink shadow-xl backdrop:bg-[rgb(15_23_42/0.6)]"
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h2 id={titleId} className="text-xl font-semibold text-ink">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="text-ink-muted">
                {description}
              </p>
            )}
          </div>
          {/* Touch users have no Escape key, so there is always a visible way out. */}
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="-mr-2 -mt-1 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        {/* Mounted only while open so forms inside start fresh each time. */}
        {open && children}
      </div>
    </dialog>
  );
}
