import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Headline } from '../../domain/headline';

/** The numbers above the map, each with a note saying what it counts. Without figures yet (`null`),
 * the same boxes show a dash, so nothing moves when the data arrives. `from`: the first year the
 * filters chose, or null when they start with the data. */
export function HeadlineNumbers({ h: figures, from = null }: { h: Headline | null; from?: number | null }) {
  const { lang, t } = useLocale();
  const loading = figures === null;
  const h: Headline = figures ?? {
    activities: 0,
    countries: 0,
    viaOnlyCountries: 0,
    events: 0,
    people: 0,
    firstYear: null,
    lastYear: null,
  };
  const n = (v: number) => (loading ? '—' : formatNumber(v, lang));
  const items = [
    { label: t('headline.activities'), value: n(h.activities), note: t('headline.activitiesNote') },
    {
      label: t('headline.countries'),
      value: n(h.countries),
      note: t('headline.countriesNote', { via: n(h.viaOnlyCountries) }),
    },
    { label: t('headline.events'), value: n(h.events), note: t('headline.eventsNote') },
    { label: t('headline.people'), value: n(h.people), note: t('headline.peopleNote') },
    {
      label: t('headline.years'),
      value:
        h.firstYear === null ? '—' : h.firstYear === h.lastYear ? String(h.firstYear) : `${h.firstYear}–${h.lastYear}`,
      // A range that starts before the years chosen is not a mistake: work that began earlier was still
      // running. The note says so, so that it does not read as the filter being ignored.
      note:
        from !== null && h.firstYear !== null && h.firstYear < from
          ? t('headline.yearsNoteEarlier', { from })
          : t('headline.yearsNote'),
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
