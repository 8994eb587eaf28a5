import type { ComponentPropsWithoutRef } from "react";
import { cx } from "./cx";
import { TableScroll } from "./table-scroll";

export type TableProps = ComponentPropsWithoutRef<"table"> & {
  /** Every data table needs a name; it also labels the scroll region on narrow screens. */
  caption: string;
  captionHidden?: boolean;
};

export function Table({ caption, captionHidden = false, className, children, ...props }: TableProps) {
  return (
    <TableScroll label={caption}>
      <table {...props} className={cx("min-w-full border-collapse text-left text-sm", className)}>
        <caption className={captionHidden ? "sr-only" : "px-3 py-2 text-left text-base font-semibold text-ink"}>{caption}</caption>
        {children}
      </table>
    </TableScroll>
  );
}

export function THead({ className, ...props }: ComponentPropsWithoutRef<"thead">) {
  return <thead className={cx("bg-subtle", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentPropsWithoutRef<"tbody">) {
  return <tbody className={cx("divide-y divide-line-subtle", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={className} {...props} />;
}

/** Defaults to scope="col"; pass scope="row" for a row header inside TBody. */
export function TH({ scope = "col", className, ...props }: ComponentPropsWithoutRef<"th">) {
  return (
    <th
      scope={scope}
      className={cx("px-3 py-2 align-top text-ink", scope === "col" ? "font-semibold whitespace-nowrap" : "font-medium", className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentPropsWithoutRef<"td">) {
  return <td className={cx("px-3 py-2 align-top text-ink", className)} {...props} />;
}
