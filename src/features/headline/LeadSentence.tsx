import { memo, useMemo } from 'react';
import { leadOf, leadSources } from '../../domain/lead';
import type { SeriesPoint } from '../../domain/types';
import { formatDate, formatNumber, publisherLang, publisherName } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { SourceLink } from '../../ui/SourceLink';
import data from 'virtual:lead-data';

/** The point of the page in one sentence, above the map, with the sources of its figures beside it: from
 * the build's copy of its series and sources, so it is there from the first render (scripts/leadData.ts).
 * It depends on the language alone, so a filter change leaves it alone (memo). */
export const LeadSentence = memo(function LeadSentence() {
  const { t, lang } = useLocale();
  const lead = useMemo(() => leadOf(data.series), []);
  if (!lead || !data.amount) return null;
  const qualified = (p: SeriesPoint, v: string) => (p.qualifier ? t(`briefing.q.${p.qualifier}`, { v }) : v);
  // In words, from the build (scripts/leadData.ts): the same formatMoneyWords, without its cost on a phone.
  const amount = qualified(lead.total.point, data.amount[lang]);
  const countries = lead.countries
    ? qualified(
        lead.countries.point,
        t('briefing.unit.countries', { n: formatNumber(lead.countries.point.value, lang) }),
      )
    : null;
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  // Where a figure has its source in both languages, the reader's is enough.
  const all = leadSources(lead).flatMap((id) => byId.get(id) ?? []);
  const sources = all.filter(
    (s) => s.language === lang || !all.some((o) => o.language === lang && o.publisher === s.publisher),
  );
  return (
    <p className="lead">
      {countries
        ? t('lead.sentence', { since: lead.since, amount, countries })
        : t('lead.sentenceNoCountries', { since: lead.since, amount })}{' '}
      <span className="lead-sources">
        (
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            <SourceLink href={s.url} hrefLang={s.language} target="_blank" rel="noopener noreferrer">
              <span lang={publisherLang(s, lang)}>{publisherName(s, lang)}</span>
              {s.date !== 'undated' && `, ${formatDate(s.date, lang)}`}
            </SourceLink>
          </span>
        ))}
        )
      </span>
    </p>
  );
});
