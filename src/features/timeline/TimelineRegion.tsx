import { useLocale } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';

/** The charts region. Loaded lazily by App so Recharts never delays the map. */
export default function TimelineRegion({ d }: { d: Dashboard }) {
  const { t } = useLocale();
  return (
    <section className="timeline-region" aria-label={t('charts.title')}>
      <h2>{t('charts.title')}</h2>
      <p>{d.filtered.length}</p>
    </section>
  );
}
