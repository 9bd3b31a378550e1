import { memo, useCallback, useMemo, useState } from 'react';
import { facetCounts } from '../../domain/filter';
import { PARTNERS, type Partner } from '../../domain/values';
import { bracketed, formatNumber } from '../../i18n/format';
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

const PARTNER_OPTIONS = PARTNERS.map((p) => ({ id: p, name: p }));

/** One choice among options, each with its count under the other filters. Its own component, so a
 * change that leaves its value and counts alone (the counts follow a frame later) skips it. */
const FacetSelect = memo(function FacetSelect(props: {
  label: string;
  all: string;
  value: string | null;
  options: { id: string; name: string }[];
  counts: Map<string, number>;
  onPick: (id: string | null) => void;
}) {
  const { label, all, value, options, counts, onPick } = props;
  const { lang } = useLocale();
  return (
    <label className="stacked">
      {label}
      <select value={value ?? ''} onChange={(e) => onPick(e.target.value || null)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {`${o.name}${bracketed(formatNumber(counts.get(o.id) ?? 0, lang), lang)}`}
          </option>
        ))}
      </select>
    </label>
  );
});

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
  const setPartner = useCallback((id: string | null) => navigate({ partner: id as Partner | null }), [navigate]);
  const setGroup = useCallback((id: string | null) => navigate({ group: id }), [navigate]);
  const groupOptions = useMemo(
    () => data.groups.map((g) => ({ id: g.id, name: text(g.name).text })),
    [data.groups, text],
  );
  const setProgrammes = useCallback(
    (programmes: string[], types: string[]) => navigate({ programmes, types }),
    [navigate],
  );
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
        onChange={setProgrammes}
      />
      <FacetSelect
        label={t('filters.partner')}
        all={t('filters.partnerAll')}
        value={f.partner}
        options={PARTNER_OPTIONS}
        counts={counts.partner}
        onPick={setPartner}
      />
      <FacetSelect
        label={t('filters.group')}
        all={t('filters.groupAll')}
        value={f.group}
        options={groupOptions}
        counts={counts.groups}
        onPick={setGroup}
      />
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
