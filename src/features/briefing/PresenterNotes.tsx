import type { SlideFacts, Topic, Unit, Value } from '../../domain/story';
import type { Series, SeriesPoint } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { formatValue, type TextContext } from './slideText';

const UNITS: Partial<Record<Series['unit'], Unit>> = {
  people: 'people',
  experts: 'experts',
  countries: 'countries',
  centres: 'centres',
  enterprises: 'enterprises',
};

function pointValue(s: Series, p: SeriesPoint): Value {
  if (s.unit === 'JPY' || s.unit === 'CHF' || s.unit === 'USD')
    return { kind: 'money', currency: s.unit, value: p.value, qualifier: p.qualifier };
  return { kind: 'number', value: p.value, unit: UNITS[s.unit], qualifier: p.qualifier };
}

interface Props {
  c: TextContext;
  topic: Topic;
  notes: string | undefined;
  facts: SlideFacts;
}

/** The presenter window's notes: the speaker notes, where each figure on the slide comes from, and what
 * sources dispute. Never shown to the room. */
export function PresenterNotes({ c, topic, notes, facts }: Props) {
  const { t, lang } = c;
  const text = (l: { en: string; ja?: string }) => (lang === 'ja' ? (l.ja ?? l.en) : l.en);
  return (
    <aside className="briefing-notes" aria-labelledby="briefing-notes-title">
      <h2 id="briefing-notes-title">{t('briefing.notesTitle')}</h2>
      <p className="briefing-notes-text">{notes ?? t(`briefing.notes.${topic}`)}</p>
      {facts.quoted.length > 0 && (
        <section>
          <h3>{t('briefing.quoted')}</h3>
          <ul>
            {facts.quoted.map(({ series, point }) => (
              <li key={`${series.id}@${point.date}@${point.kind}`}>
                {text(series.title)}: {formatValue(pointValue(series, point), c)} (
                {formatDate(point.date, lang, point.yearBasis === 'jp-fiscal')}){point.note ? ` — ${point.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts.conflicts.length > 0 && (
        <section>
          <h3>{t('briefing.conflicts')}</h3>
          <ul>
            {facts.conflicts.map((k) => (
              <li key={k.id}>
                <strong>{text(k.topic)}</strong> {text(k.note)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
