import { useLocale } from '../../i18n/LocaleContext';

/** Whether the key over the map is folded, and how to fold it: given by the dashboard's map, not a slide's. */
export interface Fold {
  folded: boolean;
  onFold: (folded: boolean) => void;
}

/**
 * The key over the map folds down to a button and back. On a wide screen a key of a dozen entries (by
 * programme, or a treaty's) covers Mexico and Central America, and a reader may want to see them. Open,
 * the key has a small button in its top corner (first in it, so that the keyboard meets it where the eye
 * does); folded, only a button that says what it does. The entries stay in the page, hidden on screen
 * only: a print shows them, and a phone, whose key lies under the map, has no button.
 */
export function KeyFold({ folded, onFold }: Fold) {
  const { t } = useLocale();
  const label = t(folded ? 'map.keyShow' : 'map.keyHide');
  return folded ? (
    <button type="button" className="key-fold" aria-expanded="false" onClick={() => onFold(false)}>
      {label}
    </button>
  ) : (
    <button
      type="button"
      className="key-fold key-fold-corner"
      aria-expanded="true"
      aria-label={label}
      title={label}
      onClick={() => onFold(true)}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M4 6l4 4 4-4" />
      </svg>
    </button>
  );
}
