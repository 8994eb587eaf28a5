import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "./cx";

export type CardProps = Omit<ComponentPropsWithoutRef<"section">, "title"> & {
  title?: ReactNode;
  children?: ReactNode;
};

/** A <section>; with a title it is named by its h2, so it shows up in screen-reader landmark lists. */
export function Card({ title, children, className, ...props }: CardProps) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={title ? titleId : undefined}
      className={cx("rounded-lg border border-line-subtle bg-surface p-4 text-ink shadow-sm sm:p-6", className)}
      {...props}
    >
      {title && (
        <h2 id={titleId} className="mb-4 text-lg font-semibold text-ink">
          {title}
        </h2>
      )}
      {children}
    </section>
  );
}
