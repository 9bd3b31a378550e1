import { useCallback, useMemo, useState } from 'react';
import { facetCounts } from '../../domain/filter';
import { PARTNERS, type Partner } from '../../domain/values';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { ActivityIndex } from '../../domain/activityIndex';
import type { Filters } from '../../domain/filter';
import type { Dataset } from '../../domain/types';
import { DEFAULT_STATE, type ViewState } from '../../state/urlState';
import { Checkbox } from '../../ui/Checkbox';
import { ProgrammeFilter } from './ProgrammeFilter';
import { YearRange } from './YearRange';
import { currentHref, type Navigate } from '../../state/useUrlState';
import { usePainted } from '../../state/usePainted';
import { jumpTo } from '../../ui/jumpTo';

interface Props {
  data: Dataset;
  index: ActivityIndex;
  filters: Filters;
  /** the full year range of the data */
  bounds: [number, number];
  /** the view state: Reset keeps its country, language, measure and chart */
  state: ViewState;
  navigate: Navigate;
}

export function FilterBar({ data, index, filters: f, bounds, state, navigate }: Props) {
  const { t } = useLocale();
  const text = useText();
  const [copied, setCopied] = useState(false);
  const setYears = useCallback(
    (from: number, to: number) =>
      navigate({ from: from === bounds[0] ? null : from, to: to === bounds[1] ? null : to }),
    [navigate, bounds],
  );
  const setFiscal = useCallback((on: boolean) => navigate({ basis: on ? 'jp-fiscal' : 'calendar' }), [navigate]);
  const setContext = useCallback((on: boolean) => navigate({ context: on }), [navigate]);
  // The counts beside the options follow one painted frame behind the filters. The frame that answers
  // a change then holds the map, the headline and the charts, without the text layout of some twenty
  // relabelled options; in that frame the filter budget would not hold (docs/benchmark.md).
  const counted = usePainted(f);
  const counts = useMemo(() => facetCounts(index, counted), [index, counted]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentHref());
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('filters.copy'), currentHref());
    }
  };
  return (
    <section className="filter-bar" aria-labelledby="filters-title">
      <h2 id="filters-title" tabIndex={-1}>
        {t('filters.title')}
      </h2>
      <YearRange bounds={bounds} from={f.from} to={f.to} onChange={setYears} />
      <Checkbox className="inline" checked={f.basis === 'jp-fiscal'} onChange={setFiscal} label={t('filters.fiscal')} />
      <ProgrammeFilter
        programmes={data.programmes}
        selectedProgrammes={f.programmes}
        selectedTypes={f.types}
        programmeCounts={counts.programmes}
        typeCounts={counts.types}
        onChange={(programmes, types) => navigate({ programmes, types })}
      />
      <label className="stacked">
        {t('filters.partner')}
        <select
          value={f.partner ?? ''}
          onChange={(e) => navigate({ partner: (e.target.value || null) as Partner | null })}
        >
          <option value="">{t('filters.partnerAll')}</option>
          {PARTNERS.map((p) => (
            <option key={p} value={p}>
              {p} ({counts.partner.get(p) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label className="stacked">
        {t('filters.group')}
        <select value={f.group ?? ''} onChange={(e) => navigate({ group: e.target.value || null })}>
          <option value="">{t('filters.groupAll')}</option>
          {data.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {text(g.name).text} ({counts.groups.get(g.id) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <Checkbox className="inline" checked={f.context} onChange={setContext} label={t('filters.context')} />
      <div className="filter-actions">
        <button
          type="button"
          onClick={() =>
            navigate(
              {
                ...DEFAULT_STATE,
                country: state.country,
                lang: state.lang,
                measure: state.measure,
                chart: state.chart,
              },
              'push',
            )
          }
        >
          {t('filters.reset')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('filters.copy')}
        </button>
        <button type="button" className="narrow-only" onClick={() => jumpTo('map-title')}>
          {t('filters.toMap')}
        </button>
        <span role="status" className="copied">
          {copied ? t('filters.copied') : ''}
        </span>
      </div>
    </section>
  );
}
