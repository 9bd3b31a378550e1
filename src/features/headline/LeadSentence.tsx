import { memo, useMemo } from 'react';
import { leadOf, leadSources } from '../../domain/lead';
import type { SeriesPoint } from '../../domain/types';
import { itemSeparator } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { messageParts } from '../../i18n/messages';
import { CitedSource } from '../../ui/SourceLink';
import { WholeValues } from '../../ui/WholeValues';
import data from 'virtual:lead-data';

/** The point of the page in one sentence, above the map, with the sources of its figures beside it: from
 * the build's copy of its series and sources, so it is there from the first render (scripts/leadData.ts).
 * It depends on the language alone, so a filter change leaves it alone (memo). */
export const LeadSentence = memo(function LeadSentence() {
  const { t, lang } = useLocale();
  const lead = useMemo(() => leadOf(data.series), []);
  const text = data.text;
  if (!lead || !text) return null;
  const qualified = (p: SeriesPoint, v: string) => (p.qualifier ? t(`briefing.q.${p.qualifier}`, { v }) : v);
  // Formatted by the build (scripts/leadData.ts), with the same functions, without Intl's cost on a phone.
  const amount = qualified(lead.total.point, text.amount[lang]);
  const countries =
    lead.countries && text.countries
      ? qualified(lead.countries.point, t('briefing.unit.countries', { n: text.countries[lang] }))
      : null;
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const ja = lang === 'ja';
  // Where a figure has its source in both languages, the reader's is enough.
  const all = leadSources(lead).flatMap((id) => byId.get(id) ?? []);
  const sources = all.filter(
    (s) => s.language === lang || !all.some((o) => o.language === lang && o.publisher === s.publisher),
  );
  // In Japanese each figure stays whole on a line: phrase breaking would split "100か国超" as "100か／国超".
  const parts = countries
    ? messageParts(t, 'lead.sentence', { since: lead.since }, { amount, countries })
    : messageParts(t, 'lead.sentenceNoCountries', { since: lead.since }, { amount });
  return (
    <p className="lead">
      <WholeValues parts={parts} />
      {ja ? '' : ' '}
      <span className="lead-sources">
        {ja ? '（' : '('}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && itemSeparator(lang)}
            <CitedSource source={s} lang={lang} date={text.dates[s.date]?.[lang] ?? s.date} />
          </span>
        ))}
        {ja ? '）' : ')'}
      </span>
    </p>
  );
});
