import type { ButtonHTMLAttributes, Ref } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white border-brand-700 not-disabled:hover:bg-brand-800",
  secondary: "bg-surface text-brand-800 border-brand-700 not-disabled:hover:bg-brand-50",
  danger: "bg-danger-700 text-white border-danger-700 not-disabled:hover:bg-danger-800",
  ghost: "bg-transparent text-brand-800 border-transparent not-disabled:hover:bg-brand-50",
};

// Both sizes clear the 24px WCAG 2.2 target minimum; md is 44px for gloved/outdoor phone use.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
};

/** Classes for anything that should look like a button, e.g. a Next <Link>. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded-md border font-semibold no-underline",
    "transition-colors select-none",
    variants[variant],
    sizes[size],
  );
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Disables the button and shows a spinner while an action is in flight. */
  pending?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ variant = "primary", size = "md", pending = false, disabled, className, children, ...props }: ButtonProps) {
  return (
    <button
      {...props}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cx(
        buttonClasses(variant, size),
        // A pending button stays full-strength so its label remains readable; only a truly disabled one fades.
        pending ? "cursor-wait" : "disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
    >
      {pending && (
        <span aria-hidden="true" className="size-4 shrink-0 animate-spin rounded-full border-2 border-current border-t-transparent" />
      )}
      {children}
    </button>
  );
}
