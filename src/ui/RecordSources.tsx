import type { Activity, Source } from '../domain/types';
import { colon, itemSeparator } from '../i18n/format';
import { useLocale, useText } from '../i18n/LocaleContext';
import { CitedSource } from './SourceLink';

/** Where to look records and sources up by id. */
export interface RecordLookup {
  activities: ReadonlyMap<string, Activity>;
  sources: ReadonlyMap<string, Source>;
}

export const recordLookup = (activities: readonly Activity[], sources: readonly Source[]): RecordLookup => ({
  activities: new Map(activities.map((a) => [a.id, a])),
  sources: new Map(sources.map((s) => [s.id, s])),
});

/** The records behind a number, each with its title and the sources it cites (provenance on demand). */
export function RecordSources({ ids, lookup }: { ids: readonly string[]; lookup: RecordLookup }) {
  const { lang } = useLocale();
  const text = useText();
  return (
    <ul className="record-sources">
      {ids.map((id) => {
        const a = lookup.activities.get(id);
        if (!a) return null;
        const title = text(a.title);
        return (
          <li key={id} data-record={id}>
            <span lang={title.missing ? 'en' : undefined}>{title.text}</span>
            {colon(lang)}
            {a.sources.map((r, i) => {
              const s = lookup.sources.get(r.id);
              return (
                <span key={`${r.id}-${i}`}>
                  {i > 0 && itemSeparator(lang)}
                  {s ? <CitedSource source={s} lang={lang} /> : r.id}
                </span>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}
