import { useState } from 'react';
import { LINK_LIMIT, storyLink } from '../../data/storyLink';
import type { Story } from '../../domain/story';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { currentHref } from '../../state/useUrlState';
import { downloadStory } from './storyFile';

type Shared =
  | { story: Story; kind: 'copied' | 'compressed' | 'manual'; href: string }
  | { story: Story; kind: 'too-long'; length: number };

/** "Copy a link": measures the address first, and never copies one that would be cut or refused where it
 * is pasted; it compresses the story when only that makes it fit, and offers the story file otherwise. */
export function ShareLink({ story, name }: { story: Story; name: string }) {
  const { t, lang } = useLocale();
  const [shared, setShared] = useState<Shared | null>(null);
  const shown = shared?.story === story ? shared : null; // an edit since makes the old link stale

  const share = async () => {
    const base = new URL(currentHref());
    base.searchParams.set('slide', '1');
    const link = await storyLink(base, story);
    if (!link.fits) {
      setShared({ story, kind: 'too-long', length: link.href.length });
      return;
    }
    try {
      await navigator.clipboard.writeText(link.href);
      setShared({ story, kind: link.compressed ? 'compressed' : 'copied', href: link.href });
    } catch {
      setShared({ story, kind: 'manual', href: link.href }); // the field below holds it, selected
    }
  };

  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <button type="button" onClick={() => void share()}>
        {t('briefing.story.share')}
      </button>
      <div className="story-share">
        {shown?.kind === 'too-long' && (
          <div role="alert" className="error-state">
            <p>{t('briefing.share.tooLong', { n: n(shown.length), limit: n(LINK_LIMIT) })}</p>
            <button type="button" onClick={() => downloadStory(name, story)}>
              {t('briefing.story.export')}
            </button>
          </div>
        )}
        <p role="status" className="export-status">
          {shown && shown.kind !== 'too-long'
            ? shown.kind === 'manual'
              ? t('briefing.share.manual')
              : t(`briefing.share.${shown.kind}`, { n: n(shown.href.length) })
            : ''}
        </p>
        {shown && shown.kind !== 'too-long' && (
          <label className="story-share-link">
            {t('briefing.share.link')}
            <input type="text" readOnly value={shown.href} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </div>
    </>
  );
}
