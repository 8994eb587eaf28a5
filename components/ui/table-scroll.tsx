"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Horizontal scroll container for Table. It becomes a focusable, named region only while its
 * content actually overflows: keyboard users need a tab stop to scroll it (axe
 * scrollable-region-focusable), but a tab stop on a table that fits is just noise.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The table can grow without the wrapper resizing (e.g. rows added), so watch it too.
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      // relative: text for screen readers only (absolutely positioned) in a cell far to the right
      // is clipped here too, instead of widening the whole page on a phone.
      className="relative overflow-x-auto rounded-md border border-line-subtle bg-surface"
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
    >
      {children}
    </div>
  );
}
