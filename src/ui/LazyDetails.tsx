import { useState, type ReactNode } from 'react';

/** A <details> whose content is only built while it is open. Closed lists of sources are long (a
 * hundred links under a chart) and would otherwise be rebuilt on every filter change, unseen. */
export function LazyDetails({
  className,
  summary,
  children,
  initiallyOpen = false,
}: {
  className?: string;
  summary: ReactNode;
  children: () => ReactNode;
  /** open when first shown (a list asked for, as the slide's Sources) */
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={initiallyOpen || undefined} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
