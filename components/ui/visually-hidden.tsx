import type { ComponentPropsWithoutRef } from "react";
import { cx } from "./cx";

/** Text for assistive technology only; still in the accessibility tree, unlike display:none. */
export function VisuallyHidden({ className, ...props }: ComponentPropsWithoutRef<"span">) {
  return <span className={cx("sr-only", className)} {...props} />;
}
