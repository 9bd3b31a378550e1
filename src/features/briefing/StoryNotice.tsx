import { useEffect, useRef } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import type { Translate } from '../../i18n/messages';

/** What the last action did, with the way back: "Deleted “Africa”. [Undo]". */
export interface Notice {
  text: string;
  undo?: () => void;
  present?: () => void;
  /** the button just pressed is gone (a deleted row, an Undo): keyboard focus goes to Undo or the words */
  focus?: 'undo' | 'text';
}

export function StoryNotice({ notice }: { notice: Notice | null }) {
  const { t } = useLocale();
  const undo = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice?.focus) (notice.focus === 'undo' ? undo : text).current?.focus();
  }, [notice]);
  return (
    <div className="story-notice">
      <p role="status" ref={text} tabIndex={-1}>
        {notice?.text ?? ''}
      </p>
      {notice?.present && (
        <button type="button" onClick={notice.present}>
          {t('briefing.stories.presentIt')}
        </button>
      )}
      {notice?.undo && (
        <button type="button" ref={undo} onClick={notice.undo}>
          {t('briefing.stories.undo')}
        </button>
      )}
    </div>
  );
}

/** The notice after a deletion: Undo puts the entry back, and says so. */
export function deletedNotice(t: Translate, name: string, undo: () => unknown, notify: (n: Notice) => void): Notice {
  const restore = () => {
    undo();
    notify({ text: t('briefing.stories.restored', { name }), focus: 'text' });
  };
  return { text: t('briefing.stories.deleted', { name }), undo: restore, focus: 'undo' };
}

/** The lines a validation gave (file › slide › field: what was expected), as written. */
export function Problems({ lines, max = 20 }: { lines: string[]; max?: number }) {
  return (
    <ul className="error-problems">
      {lines.slice(0, max).map((p) => (
        <li key={p}>
          <code>{p}</code>
        </li>
      ))}
    </ul>
  );
}
