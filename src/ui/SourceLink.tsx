import type { AnchorHTMLAttributes } from 'react';

/** http: and https: only: any other address (javascript:, data:) could run or render in the page. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/**
 * A source's address as a link when it is a web address; anything else is shown as text beside the
 * words, never as a link. The data boundary already refuses such addresses (src/data/schemas.ts): this
 * holds should one ever get past it.
 */
export function SourceLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  if (isWebUrl(href))
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  return (
    <span lang={rest.lang}>
      {children} ({href})
    </span>
  );
}
