import { byDate } from '../../domain/dates';
import { activitiesBeforeJoining, entriesOf, treatyStatus, yearOf } from '../../domain/treaties';
import type { TreatiesData, Treaty } from '../../domain/treatyTypes';
import type { Activity, Group } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { useTreaties } from '../../state/useTreaties';
import { ErrorState } from '../../ui/ErrorState';
import { SourceLink } from '../../ui/SourceLink';
import { entryText } from './treatyText';

/** The country's WIPO treaties: each dated action with its WIPO sources, or plainly "not found in
 * WIPO's records here"; coverage through a regional body that is a party; and, beside a joining, the
 * activities recorded before it, in time order, as context only. treaties.json loads with the panel. */
export function TreatySection(props: { iso3: string; name: string; activities: Activity[]; groups: Group[] }) {
  const { t } = useLocale();
  const q = useTreaties();
  return (
    <section aria-labelledby="panel-treaties" className="panel-treaties">
      <h3 id="panel-treaties">{t('treaty.panelTitle')}</h3>
      {q.error ? (
        <ErrorState error={q.error} onRetry={q.retry} region={t('treaty.panelTitle')} />
      ) : !q.data ? (
        <p className="muted">{t('treaty.loading')}</p>
      ) : (
        <TreatyList data={q.data} {...props} />
      )}
    </section>
  );
}

function TreatyList({
  data,
  iso3,
  name,
  activities,
  groups,
}: {
  data: TreatiesData;
  iso3: string;
  name: string;
  activities: Activity[];
  groups: Group[];
}) {
  const { lang, t } = useLocale();
  return (
    <>
      <dl className="treaty-list">
        {data.treaties.map((tr) => (
          <TreatyRow
            key={tr.id}
            data={data}
            treaty={tr}
            iso3={iso3}
            name={name}
            activities={activities}
            groups={groups}
          />
        ))}
      </dl>
      <p className="treaty-asof">{t('treaty.asOf', { date: formatDate(data.asOf.date, lang) })}</p>
    </>
  );
}

function TreatyRow(props: {
  data: TreatiesData;
  treaty: Treaty;
  iso3: string;
  name: string;
  activities: Activity[];
  groups: Group[];
}) {
  const { data, treaty, iso3, name, activities, groups } = props;
  const { lang, t } = useLocale();
  const text = useText();
  const own = entriesOf(data.entries, iso3, treaty.id);
  const now = treatyStatus(data.entries, groups, iso3, treaty.id, yearOf(data.asOf.date));
  const before = activitiesBeforeJoining(activities, data.entries, iso3, treaty.id);
  const short = text(treaty.shortName).text;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const bodyName = (id: string) => {
    const g = groups.find((x) => x.id === id);
    return g ? text(g.name).text : id;
  };
  return (
    <div className="treaty-row" data-treaty={treaty.id}>
      <dt>
        <strong>{short}</strong> <span className="treaty-name">{text(treaty.name).text}</span>
      </dt>
      {own.length === 0 && now.kind !== 'via-regional-body' && <dd>{t('treaty.none')}</dd>}
      {own.map((e) => (
        <dd key={e.id}>
          {entryText(e, t, lang)}
          <ul className="treaty-sources" aria-label={t('treaty.sources')}>
            {e.sources.map((r) => {
              const s = sources.get(r.id);
              return s ? (
                <li key={r.id}>
                  <SourceLink href={s.url} lang={s.language}>
                    {s.title}
                  </SourceLink>
                </li>
              ) : null;
            })}
          </ul>
        </dd>
      ))}
      {now.kind === 'via-regional-body' && (
        <dd>
          {t('treaty.via', {
            body: bodyName(now.body),
            date: now.bodyEntry.inForce ? formatDate(now.bodyEntry.inForce, lang) : '—',
          })}
        </dd>
      )}
      {before && before.before.length + before.around.length > 0 && (
        <dd className="treaty-before">
          <p>{t(before.basis === 'in-force' ? 'treaty.before' : 'treaty.beforeDeposit', { treaty: short, name })}</p>
          <BeforeList items={before.before} />
          {before.around.length > 0 && (
            <>
              <p>{t('treaty.around')}</p>
              <BeforeList items={before.around} />
            </>
          )}
          <p className="treaty-context">{t('treaty.context')}</p>
        </dd>
      )}
    </div>
  );
}

function BeforeList({ items }: { items: Activity[] }) {
  const { lang } = useLocale();
  const text = useText();
  if (items.length === 0) return null;
  return (
    <ol className="treaty-before-list">
      {byDate(items).map((a) => (
        <li key={a.id}>
          <time>{formatDate(a.start, lang, a.yearBasis === 'jp-fiscal')}</time>{' '}
          <span lang={text(a.title).missing ? 'en' : undefined}>{text(a.title).text}</span>
        </li>
      ))}
    </ol>
  );
}
