import { useMemo } from 'react';
import { byDate } from '../../domain/dates';
import type { Group } from '../../domain/types';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { ActivityList } from './ActivityItem';

/** When a regional body is chosen and no country is open: the body's own activities (held for it). */
export function BodyPanel({ d, group, onClose }: { d: Dashboard; group: Group; onClose: () => void }) {
  const { t } = useLocale();
  const text = useText();
  const name = text(group.name).text;
  const own = useMemo(
    () => byDate(d.selection.activities.filter((a) => a.organisations?.includes(group.id))),
    [d.selection.activities, group.id],
  );
  return (
    <aside className="country-panel body-panel" role="region" aria-label={t('body.label', { name })}>
      <header className="panel-header">
        <h2>{name}</h2>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </header>
      <p className="panel-totals">{t('body.members', { n: group.members.length })}</p>
      <h3>{t('body.own', { name })}</h3>
      {own.length === 0 ? <p>{t('body.none')}</p> : <ActivityList activities={own} data={d.data} />}
    </aside>
  );
}
