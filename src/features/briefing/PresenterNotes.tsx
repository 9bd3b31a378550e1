import type { SlideFacts } from '../../domain/slideFacts';
import type { Topic } from '../../domain/story';
import { SentenceSources } from './SentenceSources';
import { local, quotedText, type TextContext } from './slideText';

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
  const text = (l: { en: string; ja?: string }) => local(l, lang);
  return (
    <aside className="briefing-notes" aria-labelledby="briefing-notes-title">
      <h2 id="briefing-notes-title">{t('briefing.notesTitle')}</h2>
      <p className="briefing-notes-text">{notes ?? t(`briefing.notes.${topic}`)}</p>
      {facts.quoted.length > 0 && (
        <section>
          <h3>{t('briefing.quoted')}</h3>
          <ul>
            {facts.quoted.map((q) => (
              <li key={`${q.series.id}@${q.point.date}@${q.point.kind}`}>{quotedText(q, c)}</li>
            ))}
          </ul>
        </section>
      )}
      {facts.sentences.length > 0 && <SentenceSources c={c} facts={facts} />}
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
