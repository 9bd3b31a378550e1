import { useMemo } from 'react';
import type { Activity, Dataset, Place, Programme, Source } from '../../domain/types';
import { bracketed, formatDate, formatFigure, labelled, itemSeparator } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { CitedSource } from '../../ui/SourceLink';

function Localized({ value }: { value: { en: string; ja?: string } }) {
  const text = useText();
  const { t } = useLocale();
  const { text: s, missing } = text(value);
  return (
    <>
      <span lang={missing ? 'en' : undefined}>{s}</span>
      {missing && <span className="untranslated"> {t('panel.untranslated')}</span>}
    </>
  );
}

export function ActivityItem(props: {
  a: Activity;
  programme: Programme | undefined;
  place: Place | undefined;
  sources: Map<string, Source>;
}) {
  const { a, programme, place } = props;
  const { lang, t } = useLocale();
  const type = programme?.types.find((x) => x.id === a.type);
  const fiscal = a.yearBasis === 'jp-fiscal';
  const date = formatDate(a.start, lang, fiscal) + (a.end ? ` – ${formatDate(a.end, lang, fiscal)}` : '');
  return (
    <li className="activity">
      <p className="activity-meta">
        <time>{date}</time>
        {programme && (
          <>
            {' · '}
            <Localized value={programme.name} />
          </>
        )}
        {type && (
          <>
            {' · '}
            <Localized value={type.name} />
          </>
        )}
        {' · '}
        {labelled(t('panel.partner'), lang)}
        {a.partner}
        {a.status && (
          <span className={`status status-${a.status.state}`}>
            {' · '}
            {t(`panel.status.${a.status.state}`, {
              year: a.status.year === undefined ? '' : formatDate(String(a.status.year), lang, fiscal),
            })}
          </span>
        )}
      </p>
      {a.funding === 'context' && <p className="activity-context">{t('panel.context')}</p>}
      <h4 className="activity-title">
        <Localized value={a.title} />
      </h4>
      {place && (
        <p className="activity-place">
          {labelled(t('panel.place'), lang)}
          <Localized value={place.name} />
          {place.inferred && `${lang === 'ja' ? '' : ' '}${t('panel.inferred')}`}
        </p>
      )}
      {a.figures && a.figures.length > 0 && (
        <ul className="figures">
          {a.figures.map((f, i) => (
            <li key={i}>
              {formatFigure(f, lang, t)}
              {f.date && bracketed(formatDate(f.date, lang, fiscal), lang)}
            </li>
          ))}
        </ul>
      )}
      <p className="activity-summary">
        <Localized value={a.summary} />
      </p>
      <p className="activity-sources">
        {labelled(t('panel.sources'), lang)}
        {a.sources.map((r, i) => {
          const s = props.sources.get(r.id);
          return (
            <span key={`${r.id}-${i}`}>
              {i > 0 && itemSeparator(lang)}
              {s ? <CitedSource source={s} lang={lang} title={r.supports} /> : r.id}
            </span>
          );
        })}
      </p>
    </li>
  );
}

/** Activities in the order given, each with its programme, place and sources looked up in the data. */
export function ActivityList({ activities, data }: { activities: Activity[]; data: Dataset }) {
  const lookup = useMemo(
    () => ({
      sources: new Map(data.sources.map((s) => [s.id, s])),
      programmes: new Map(data.programmes.map((p) => [p.id, p])),
      places: new Map(data.places.map((p) => [p.id, p])),
    }),
    [data],
  );
  return (
    <ol className="activity-list">
      {activities.map((a) => (
        <ActivityItem
          key={a.id}
          a={a}
          programme={lookup.programmes.get(a.programme)}
          place={a.place ? lookup.places.get(a.place) : undefined}
          sources={lookup.sources}
        />
      ))}
    </ol>
  );
}
