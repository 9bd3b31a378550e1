import { useLocale } from '../../i18n/LocaleContext';
import { downloadText } from './storyFile';
import { deletedNotice, Problems, type Notice } from './StoryNotice';
import type { useStory } from './useStory';

/** Saved entries that could not be read: named, with what is wrong, kept until the presenter deletes one
 * (with undo); the text can be downloaded to repair and import again. */
export function SetAsideList({ s, notify }: { s: ReturnType<typeof useStory>; notify: (n: Notice | null) => void }) {
  const { t } = useLocale();
  const { snap, store } = s;
  if (snap.aside.length === 0) return null;
  return (
    <div className="story-aside">
      <p>{t('briefing.stories.aside')}</p>
      <ul className="story-list">
        {snap.aside.map((a) => {
          const name =
            a.name === null
              ? t('briefing.stories.asideKey', { key: a.key })
              : t('briefing.stories.asideName', { name: a.name.trim() || t('briefing.stories.untitled') });
          const remove = () => notify(deletedNotice(t, name, store.removeAside(a.key).undo, notify));
          return (
            <li key={a.key} className="story-row">
              <span className="story-row-name">{name}</span>
              <Problems lines={a.problems} max={5} />
              <span className="story-row-actions">
                <button
                  type="button"
                  aria-label={t('briefing.stories.download', { name })}
                  onClick={() => downloadText(a.name?.trim() || a.key, a.text)}
                >
                  {t('briefing.stories.downloadShort')}
                </button>
                <button type="button" aria-label={t('briefing.stories.delete', { name })} onClick={remove}>
                  {t('briefing.stories.deleteShort')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
