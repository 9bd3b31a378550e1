import { useMemo } from 'react';
import { byDate } from '../../domain/dates';
import type { Activity, Dataset, Group } from '../../domain/types';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { ActivityList } from './ActivityItem';
import { PanelHeader } from './PanelHeader';

/** When a regional body is chosen and no country is open: the body's own activities (held for it). */
export function BodyPanel({
  data,
  activities,
  group,
  onClose,
}: {
  data: Dataset;
  /** the activities the filters pick */
  activities: Activity[];
  group: Group;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const text = useText();
  const name = text(group.name).text;
  const own = useMemo(
    () => byDate(activities.filter((a) => a.organisations?.includes(group.id))),
    [activities, group.id],
  );
  return (
    <aside className="country-panel body-panel" role="region" aria-label={t('body.label', { name })}>
      <PanelHeader name={name} onClose={onClose} />
      <p className="panel-totals">{t('body.members', { n: group.members.length })}</p>
      <h3>{t('body.own', { name })}</h3>
      {own.length === 0 ? <p>{t('body.none')}</p> : <ActivityList activities={own} data={data} />}
    </aside>
  );
}
