"use client";

import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from "react";
import { cx } from "./cx";

export type ToastKind = "success" | "error";
type Toast = { id: number; message: string; kind: ToastKind };
type ToastApi = { show(message: string, kind?: ToastKind): void };

const ToastContext = createContext<ToastApi | null>(null);
const DISMISS_AFTER_MS = 6000;

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() must be called inside <ToastProvider>.");
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  // Where focus was before it entered a toast, so dismissing one doesn't strand focus on <body>.
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const show = useCallback((message: string, kind: ToastKind = "success") => {
    const id = ++nextId.current;
    setToasts((current) => [...current, { id, message, kind }]);
  }, []);
  const remove = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext value={api}>
      {children}
      {/* Always mounted: screen readers only announce changes to a live region that already exists. */}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="false"
        onFocus={(event) => {
          const from = event.relatedTarget;
          if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnFocusTo.current = from;
        }}
        className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:right-4 sm:w-96"
      >
        {toasts.map((toast) => (
          <ToastItem
            key={toast.id}
            toast={toast}
            onDismiss={(focusWasInside) => {
              remove(toast.id);
              const target = returnFocusTo.current;
              if (focusWasInside && target?.isConnected) target.focus();
            }}
          />
        ))}
      </div>
    </ToastContext>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (focusWasInside: boolean) => void }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(DISMISS_AFTER_MS);
  const expire = useEffectEvent(() => onDismiss(false));

  // Pause while hovered or focused so nobody loses a message they are reading (WCAG 2.2.1).
  useEffect(() => {
    if (paused) return;
    const startedAt = Date.now();
    const timer = setTimeout(expire, remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(1000, remaining.current - (Date.now() - startedAt));
    };
  }, [paused]);

  const isError = toast.kind === "error";
  return (
    <div
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cx(
        "pointer-events-auto flex items-start gap-3 rounded-md border-l-4 bg-surface py-3 pl-4 pr-2 text-ink shadow-lg ring-1 ring-line-subtle",
        isError ? "border-danger-700" : "border-success-700",
      )}
    >
      {/* Shape as well as colour tells success from error (WCAG 1.4.1). */}
      <span
        aria-hidden="true"
        className={cx(
          "mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold text-white",
          isError ? "bg-danger-700" : "bg-success-700",
        )}
      >
        {isError ? "!" : "✓"}
      </span>
      <p className="flex-1 py-0.5">
        <span className="sr-only">{isError ? "Error: " : "Success: "}</span>
        {toast.message}
      </p>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={(event) => onDismiss(event.currentTarget.contains(document.activeElement))}
        className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
