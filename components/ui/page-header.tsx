import type { ReactNode } from "react";

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons/links; they wrap below the title on narrow screens. */
  actions?: ReactNode;
};

/** The page's single h1 with optional lead text and actions. A <div>, not <header>: outside <main> a header would add a second banner landmark. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight text-ink break-words sm:text-3xl">{title}</h1>
        {description && <p className="text-base text-ink-muted">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2 sm:shrink-0">{actions}</div>}
    </div>
  );
}
