import { cx } from "./cx";

export type FormErrorProps = {
  message?: string | null;
  /** Lets a page move focus to the box after a failed submit. */
  id?: string;
  className?: string;
};

/** Form-level error. role="alert" so it is announced as soon as it appears. */
export function FormError({ message, id, className }: FormErrorProps) {
  if (!message) return null;
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      className={cx("rounded-md border-l-4 border-danger-700 bg-danger-50 px-4 py-3 font-semibold text-danger-800", className)}
    >
      <span className="sr-only">Error: </span>
      {message}
    </div>
  );
}
