import { useMemo } from 'react';
import type { SlideFacts } from '../../domain/slideFacts';
import { bracketed, formatDate, labelled, itemSeparator } from '../../i18n/format';
import { LazyDetails } from '../../ui/LazyDetails';
import { recordLookup, RecordSources } from '../../ui/RecordSources';
import { CitedSource } from '../../ui/SourceLink';
import { local, sentenceText, type TextContext } from './slideText';

/** Each sentence of the slide with the records and stated figures behind it, and their sources: for the
 * presenter, to answer a question from the floor; for the room, when the Sources are asked for (`open`:
 * every sentence's list shown at once). Never the speaker notes. */
export function SentenceSources({
  c,
  facts,
  open = false,
  id,
}: {
  c: TextContext;
  facts: SlideFacts;
  open?: boolean;
  id?: string;
}) {
  const lookup = useMemo(() => recordLookup(c.data.activities, c.data.sources), [c.data]);
  const series = useMemo(() => new Map(c.data.series.map((s) => [s.id, s])), [c.data]);
  return (
    <section className="sentence-sources" id={id}>
      <h3>{c.t('briefing.sources')}</h3>
      <ol>
        {facts.sentences.map((s, i) => (
          <li key={`${s.key}-${i}`}>
            <LazyDetails initiallyOpen={open} summary={c.t('briefing.sourcesOf', { sentence: sentenceText(s, c) })}>
              {() => (
                <>
                  {s.points.length > 0 && (
                    <ul className="record-sources">
                      {s.points.map((p) => (
                        <li key={`${p.series}@${p.date}`}>
                          {series.get(p.series) ? local(series.get(p.series)!.title, c.lang) : p.series}
                          {labelled(bracketed(formatDate(p.date, c.lang), c.lang), c.lang)}
                          {p.sources.map((sourceId, k) => {
                            const src = lookup.sources.get(sourceId);
                            return (
                              <span key={sourceId}>
                                {k > 0 && itemSeparator(c.lang)}
                                {src ? <CitedSource source={src} lang={c.lang} /> : sourceId}
                              </span>
                            );
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                  {s.records.length > 0 && <RecordSources ids={s.records} lookup={lookup} />}
                </>
              )}
            </LazyDetails>
          </li>
        ))}
      </ol>
    </section>
  );
}
