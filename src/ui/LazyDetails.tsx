import { useState, type ReactNode } from 'react';

/** A <details> whose content is only built while it is open. Closed lists of sources are long (a
 * hundred links under a chart) and would otherwise be rebuilt on every filter change, unseen. */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
