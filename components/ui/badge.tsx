import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

// Dark text on a pale tint of the same hue; every pair is >= 6:1 (see contrast.test.ts).
const tones: Record<BadgeTone, string> = {
  neutral: "bg-subtle text-ink-muted ring-line-subtle",
  success: "bg-success-100 text-success-800 ring-success-800/20",
  warning: "bg-warning-100 text-warning-800 ring-warning-800/20",
  danger: "bg-danger-50 text-danger-800 ring-danger-800/20",
  info: "bg-info-100 text-info-800 ring-info-800/20",
};

/** Status label. The text carries the meaning; the tone only reinforces it. */
export function Badge({ tone, children, className }: { tone: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
