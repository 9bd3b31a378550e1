import type { Slide } from '../../domain/story';
import { useLocale } from '../../i18n/LocaleContext';

interface Props {
  slide: Slide;
  index: number;
  count: number;
  title: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onPresent: () => void;
  onEdit: (patch: { title?: string; notes?: string }) => void;
}

/** One slide in the story editor. Button names carry the slide title, so a screen reader hears which. */
export function SlideRow({ slide, index, count, title, onMove, onRemove, onPresent, onEdit }: Props) {
  const { t } = useLocale();
  const n = index + 1;
  return (
    <li className="story-slide">
      <div className="story-slide-row">
        <span className="story-slide-title">
          {n}. {title}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('briefing.story.up', { title })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('briefing.story.down', { title })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('briefing.story.remove', { title })}
          disabled={count <= 1}
          onClick={onRemove}
        >
          ✕
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('briefing.story.present', { title })}
          onClick={onPresent}
        >
          ▶
        </button>
      </div>
      <details className="story-slide-fields">
        <summary>{t('briefing.story.edit')}</summary>
        <label>
          {t('briefing.story.slideTitle', { n })}
          <input
            type="text"
            value={slide.title ?? ''}
            placeholder={title}
            maxLength={200}
            onChange={(e) => onEdit({ title: e.target.value })}
          />
        </label>
        <label>
          {t('briefing.story.slideNotes', { n })}
          <textarea value={slide.notes ?? ''} maxLength={4000} onChange={(e) => onEdit({ notes: e.target.value })} />
        </label>
      </details>
    </li>
  );
}
