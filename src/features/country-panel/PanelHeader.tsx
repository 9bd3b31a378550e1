import type { Ref } from 'react';
import { useLocale } from '../../i18n/LocaleContext';

/** A panel's name and its Close button: the country panel, a regional body's, and either one's error. */
export function PanelHeader({
  name,
  onClose,
  headingRef,
}: {
  name: string;
  onClose: () => void;
  /** where focus goes when the panel opens (the country panel) */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useLocale();
  return (
    <header className="panel-header">
      <h2 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {name}
      </h2>
      <button type="button" onClick={onClose}>
        {t('panel.close')}
      </button>
    </header>
  );
}
