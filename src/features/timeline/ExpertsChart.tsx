import { useCallback, useMemo } from 'react';
import { UNKNOWN_PROGRAMME } from '../../domain/palette';
import { typesOfChart } from '../../domain/programmes';
import { selectWhere } from '../../domain/selection';
import { stackByYear } from '../../domain/series';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { Figures } from './figures';
import { ChartFigure } from './ChartFigure';
import { tableRows } from './ChartTable';
import type { ChartSize } from './chartSize';
import { MarkLegend } from './MarkLegend';
import { SeriesGrid } from './SeriesGrid';
import { withActivities } from './seriesTable';
import { StackedBars } from './StackedBars';
import { byStartNote, drawnRows, stackTable } from './stackTable';
import { useSeriesFigure } from './useSeriesFigure';

const PANELS = [
  { key: 'experts', ids: ['experts-dispatched'] },
  { key: 'countries', ids: ['expert-countries'] },
] as const;
type Key = (typeof PANELS)[number]['key'];

/** Expert dispatches: the cumulative counts stated over time, and the dispatch activities per year by type. */
export function ExpertsChart({ figures, size }: { figures: Figures; size?: ChartSize }) {
  const { data, selection } = figures;
  const { t, lang } = useLocale();
  const text = useText();
  const f = useSeriesFigure(data, figures.filters.basis, PANELS);
  const { from, to, basis } = figures.filters;
  const types = useMemo(() => data.programmes.flatMap((p) => p.types), [data.programmes]);
  const m = useMemo(() => {
    // JPO staff sent to WIPO events, and JICA long-term experts (also JPO staff) on posting abroad: the
    // types programmes.json draws in this chart. A type takes its programme's colour, lighter for each
    // further type of the same programme, so that the types never share one.
    const drawn = typesOfChart(data.programmes, 'experts');
    const { ids } = drawn;
    const chosen = selectWhere(selection, drawn.has);
    const acts = chosen.activities;
    const stack = stackByYear(chosen, basis, 'type', [from, to]);
    const keys = ids.filter((id) => stack.keys.includes(id));
    return { ...stack, ...withActivities(data, f.series, acts), acts, keys, colours: drawn.colours };
  }, [selection, data, basis, from, to, f.series]);
  const name = useCallback(
    (k: string) => {
      const x = types.find((y) => y.id === k);
      return x ? text(x.name).text : k;
    },
    [types, text],
  );
  const colour = useCallback((k: string) => m.colours.get(k) ?? UNKNOWN_PROGRAMME, [m.colours]);
  const title = t('timeline.experts.title');
  const label = (k: Key) => t(`timeline.experts.${k}`);
  const actTitle = t('timeline.experts.activities');
  const note = byStartNote(m.outside, [from, to], basis, lang, t);
  // A new array only when the bars change: they are laid out again for every new one.
  const bars = useMemo(() => drawnRows(m.rows, [from, to], basis, lang, t), [m.rows, from, to, basis, lang, t]);
  const stack = stackTable('expert-activities', t('timeline.tableCaption', { title: actTitle }), m.rows, m.keys, {
    name,
    basis,
    lang,
    t,
    note,
  });
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.experts.summary')}
      unit={t('timeline.experts.unit')}
      basis={basis}
      sources={m.sources}
      conflicts={m.conflicts}
      tables={[...f.tables(label), stack]}
      csv={[
        { label: t('timeline.experts.csvSnapshots'), filename: 'experts-cumulative.csv', rows: f.csv },
        {
          label: t('timeline.experts.csvActivities'),
          filename: 'expert-activities-by-year.csv',
          rows: tableRows(stack),
        },
      ]}
      legend={<MarkLegend basis={basis} placed={f.placed} gaps={false} />}
    >
      <SeriesGrid
        panels={f.panels}
        label={label}
        years={[figures.filters.from, figures.filters.to]}
        basis={basis}
        sources={f.srcMap}
        size={size}
      />
      <h4>{actTitle}</h4>
      <p className="chart-hint">{note}</p>
      {m.acts.length === 0 ? (
        <p className="chart-empty">{t('timeline.activities.none')}</p>
      ) : (
        <StackedBars
          title={actTitle}
          rows={bars.rows}
          gapNote={bars.gapNote}
          keys={m.keys}
          colour={colour}
          name={name}
          basis={basis}
          size={size}
        />
      )}
    </ChartFigure>
  );
}
