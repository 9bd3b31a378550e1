import { useMemo } from 'react';
import type { Headline } from '../../domain/headline';
import type { MeasureId } from '../../domain/measures';
import type { Activity, Source } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { plural } from '../../i18n/messages';
import { LazyDetails } from '../../ui/LazyDetails';
import { recordLookup, RecordSources } from '../../ui/RecordSources';

/** The people measures shown, in this order: each one kind of person, nobody twice (measures.ts). */
const PEOPLE: Exclude<MeasureId, 'events'>[] = ['participants', 'learners', 'trainees', 'enterprises'];

interface Props {
  /** null until the figures are in: the same boxes show a dash, so nothing moves when the data arrives */
  h: Headline | null;
  /** the years the filters chose */
  range: [number, number];
  /** the activities counted (the records behind "Activities", "Countries" and "Years") */
  activities: readonly Activity[];
  /** every record and source of the dataset, to look the records up in (one lookup per dataset) */
  files: { activities: readonly Activity[]; sources: readonly Source[] };
}

interface Card {
  id: string;
  label: string;
  value: string;
  note: string;
  /** the records behind the value: ids, or the counted activities themselves (their ids are read only
   * when the reader opens the list, not on every filter change) */
  records: readonly (string | Activity)[];
}

const idOf = (r: string | Activity) => (typeof r === 'string' ? r : r.id);

/** The numbers above the map, each with a note saying what it counts and the records behind it. */
export function HeadlineNumbers({ h, range, activities, files }: Props) {
  const { lang, t } = useLocale();
  const loading = h === null;
  const n = (v: number) => (loading ? '—' : formatNumber(v, lang));
  const lookup = useMemo(() => recordLookup(files.activities, files.sources), [files.activities, files.sources]);
  const m = h?.measures;
  const cards: Card[] = [
    {
      id: 'activities',
      label: t('headline.activities'),
      value: n(h?.activities ?? 0),
      note: t('headline.activitiesNote'),
      records: activities,
    },
    {
      id: 'countries',
      label: t('headline.countries'),
      value: n(h?.countries ?? 0),
      note: t('headline.countriesNote', { via: n(h?.viaOnlyCountries ?? 0) }),
      records: activities,
    },
    {
      id: 'events',
      label: t('headline.events'),
      value: n(m?.events.value ?? 0),
      note: t('headline.eventsNote'),
      records: m?.events.activities ?? [],
    },
    ...PEOPLE.map((id) => ({
      id,
      label: t(`headline.${id}`),
      value: n(m?.[id].value ?? 0),
      note: t(`headline.${id}Note`, { q: t(m?.[id].qualifier === 'about' ? 'headline.about' : 'headline.atLeast') }),
      records: m?.[id].activities ?? [],
    })),
    { id: 'years', ...years(h, range, t), records: activities },
  ];
  return (
    // The frame is what the cards' count per row is measured against (headline.css).
    <div className="headline-frame">
      <dl className="headline" aria-live="polite" aria-busy={loading}>
        {cards.map((c) => (
          <div key={c.id} className="headline-item" data-measure={c.id}>
            <dt>{c.label}</dt>
            <dd className="headline-value">{c.value}</dd>
            <dd className="headline-note">{c.note}</dd>
            {/* While the data loads, an empty row of the same height: the map below does not move when it comes. */}
            {loading ? (
              <dd className="headline-sources" aria-hidden="true" />
            ) : (
              <dd className="headline-sources">
                <LazyDetails summary={t(plural('headline.sources', c.records.length, lang), { n: c.records.length })}>
                  {() =>
                    c.records.length === 0 ? (
                      <p>{t('headline.sourcesNone')}</p>
                    ) : (
                      <RecordSources ids={c.records.map(idOf)} lookup={lookup} />
                    )
                  }
                </LazyDetails>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * "Years covered" within the years chosen: one year reads "2023". Work that began before the first year
 * chosen and was still running is said so in the note, so a range never reads wider than the filter.
 */
function years(h: Headline | null, [from, to]: [number, number], t: ReturnType<typeof useLocale>['t']) {
  const label = t('headline.years');
  if (h === null || h.firstYear === null || h.lastYear === null)
    return { label, value: '—', note: t('headline.yearsNote') };
  const first = Math.max(h.firstYear, from);
  const last = Math.min(h.lastYear, to);
  return {
    label,
    value: first >= last ? String(last) : `${first}–${last}`,
    note: h.firstYear < from ? t('headline.yearsNoteBegun', { first: h.firstYear }) : t('headline.yearsNote'),
  };
}
