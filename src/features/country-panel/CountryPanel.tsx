import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { activitiesFor, hostedIn } from '../../domain/aggregate';
import { byDate } from '../../domain/dates';
import type { Activity, Dataset } from '../../domain/types';
import { countActivities, formatList } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { plural } from '../../i18n/messages';
import { ActivityList } from './ActivityItem';
import { PanelHeader } from './PanelHeader';

// The treaties' section, its words and its domain load with the first panel, off the first paint.
const TreatySection = lazy(() => import('./TreatySection').then((m) => ({ default: m.TreatySection })));

/** Everything about one country under the current filters, split "in this country" / "through a body". */
export function CountryPanel({
  data,
  activities,
  iso3,
  name,
  onClose,
}: {
  data: Dataset;
  /** the activities the filters pick */
  activities: Activity[];
  iso3: string;
  name: string;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const text = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus was when the panel opened, to give it back on close.
  const opener = useRef<Element | null>(null);

  // The panel is keyed by country (App), so this runs once per country shown.
  useEffect(() => {
    opener.current = document.activeElement;
    heading.current?.focus();
    return () => {
      const el = opener.current;
      if ((el instanceof HTMLElement || el instanceof SVGElement) && document.contains(el)) el.focus();
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const { direct, via } = useMemo(() => activitiesFor(iso3, activities, data.groups), [iso3, activities, data.groups]);
  const hosted = useMemo(
    () => hostedIn(iso3, activities, data.places, new Set([...direct, ...via.map((v) => v.activity)])),
    [iso3, activities, data.places, direct, via],
  );
  const overall = useMemo(() => {
    const all = activitiesFor(iso3, data.activities, data.groups);
    return all.direct.length + all.via.length;
  }, [iso3, data]);
  const bodies = [...new Set(via.flatMap((v) => v.through))];
  const memberships = data.groups.filter((g) => g.members.some((m) => m.iso3 === iso3)).map((g) => text(g.name).text);
  const groupName = (id: string) => {
    const g = data.groups.find((x) => x.id === id);
    return g ? text(g.name).text : id;
  };

  return (
    <aside className="country-panel" role="region" aria-label={t('panel.label', { name })}>
      <PanelHeader name={name} onClose={onClose} headingRef={heading} />
      {memberships.length > 0 && (
        <p className="panel-region">{t('panel.memberOf', { groups: formatList(memberships, lang) })}</p>
      )}
      {/* Nothing to count is said once, not as "0 in the country, 0 through a body" and a count of 0. */}
      {direct.length + via.length > 0 && (
        <p className="panel-totals">
          {t('panel.totals', {
            direct: countActivities(direct.length, lang, t),
            via: countActivities(via.length, lang, t),
          })}
        </p>
      )}
      {direct.length + via.length === 0 && hosted.length === 0 && (
        <p className="panel-none">
          {overall === 0
            ? t('panel.noneEver', { name })
            : `${t('panel.none', { name })} ${t(plural('panel.overall', overall, lang), { n: overall })}`}
        </p>
      )}
      {direct.length + via.length === 0 && hosted.length > 0 && <p>{t('panel.onlyHosted', { name })}</p>}
      {direct.length > 0 && (
        <section aria-labelledby="panel-direct">
          <h3 id="panel-direct">{t('panel.direct')}</h3>
          <ActivityList activities={byDate(direct)} data={data} />
        </section>
      )}
      {via.length > 0 && (
        <section aria-labelledby="panel-via">
          <h3 id="panel-via">{t('panel.via', { bodies: bodies.map(groupName).join(' / ') })}</h3>
          <ActivityList activities={byDate(via.map((v) => v.activity))} data={data} />
        </section>
      )}
      {hosted.length > 0 && (
        <section aria-labelledby="panel-hosted">
          <h3 id="panel-hosted">{t('panel.hosted', { name, n: countActivities(hosted.length, lang, t) })}</h3>
          <ActivityList activities={byDate(hosted)} data={data} />
        </section>
      )}
      {/* Beside the accessions: every activity recorded for the country, whatever the filters. */}
      <Suspense fallback={null}>
        <TreatySection iso3={iso3} name={name} activities={data.activities} groups={data.groups} />
      </Suspense>
    </aside>
  );
}
