import type { AnchorHTMLAttributes } from 'react';
import type { Source } from '../domain/types';
import { citedDate, formatDate, publisherLang, publisherName } from '../i18n/format';
import type { Lang } from '../state/urlState';

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

/** A source as cited beside a figure or a record: its publisher (by its official Japanese name in the
 * Japanese UI, where it has one) and the date of its statement, as a link. `date` is the date already
 * written out, where the caller has it. */
export function CitedSource({
  source: s,
  lang,
  date,
  title,
}: {
  source: Source;
  lang: Lang;
  date?: string;
  title?: string;
}) {
  return (
    <SourceLink href={s.url} target="_blank" rel="noopener noreferrer" hrefLang={s.language} title={title}>
      <span lang={publisherLang(s, lang)}>{publisherName(s, lang)}</span>
      {s.date !== 'undated' && citedDate(date ?? formatDate(s.date, lang), lang)}
    </SourceLink>
  );
}
