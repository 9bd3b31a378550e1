import { memo, useMemo } from 'react';
import { leadOf, leadSources } from '../../domain/lead';
import type { SeriesPoint } from '../../domain/types';
import { itemSeparator } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { CitedSource } from '../../ui/SourceLink';
import data from 'virtual:lead-data';

// Marks where a figure goes in the translated sentence (a control character no translation contains).
const MARK = '\u0001';

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
  // Each figure is one unbreakable piece ("約110億円", "100か国超"): Japanese phrase breaking would
  // otherwise split a count from its counter ("100か／国超") on a phone's narrow line.
  const figures = countries ? { amount, countries } : { amount };
  const sentence = t(countries ? 'lead.sentence' : 'lead.sentenceNoCountries', {
    since: lead.since,
    ...Object.fromEntries(Object.keys(figures).map((k) => [k, `${MARK}${k}${MARK}`])),
  });
  return (
    <p className="lead">
      {sentence.split(MARK).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="lead-figure">
            {figures[part as keyof typeof figures]}
          </span>
        ) : (
          part
        ),
      )}
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
