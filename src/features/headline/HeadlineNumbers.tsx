import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Headline } from '../../domain/headline';

/** The numbers above the map, each with a note saying what it counts. Without figures yet (`null`),
 * the same boxes show a dash, so nothing moves when the data arrives. */
export function HeadlineNumbers({ h: figures }: { h: Headline | null }) {
  const { lang, t } = useLocale();
  const loading = figures === null;
  const h: Headline = figures ?? { activities: 0, countries: 0, viaOnlyCountries: 0, events: 0, people: 0, firstYear: null, lastYear: null };
  const n = (v: number) => (loading ? '—' : formatNumber(v, lang));
  const items = [
    { label: t('headline.activities'), value: n(h.activities), note: t('headline.activitiesNote') },
    { label: t('headline.countries'), value: n(h.countries), note: t('headline.countriesNote', { via: n(h.viaOnlyCountries) }) },
    { label: t('headline.events'), value: n(h.events), note: t('headline.eventsNote') },
    { label: t('headline.people'), value: n(h.people), note: t('headline.peopleNote') },
    {
      label: t('headline.years'),
      value: h.firstYear === null ? '—' : h.firstYear === h.lastYear ? String(h.firstYear) : `${h.firstYear}–${h.lastYear}`,
      note: t('headline.yearsNote'),
    },
  ];
  return (
    <dl className="headline" aria-live="polite" aria-busy={loading}>
      {items.map((i) => (
        <div key={i.label} className="headline-item">
          <dt>{i.label}</dt>
          <dd className="headline-value">{i.value}</dd>
          <dd className="headline-note">{i.note}</dd>
        </div>
      ))}
    </dl>
  );
}
