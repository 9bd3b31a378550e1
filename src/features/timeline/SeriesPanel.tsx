import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { basisLineRows, yearlyRows } from '../../domain/series';
import type { PointBasis, Source, YearBasis } from '../../domain/types';
import { bracketed, formatDate } from '../../i18n/format';
import { formatAxis, isLargeScale } from '../../i18n/formatChart';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { useExportCopy } from '../../ui/useExportCopy';
import { publishersOf, useChartExport } from './chartExport';
import { chartDims, type ChartSize } from './chartSize';
import { YearTooltip } from './FigureTooltip';
import { niceTicks } from '../../domain/ticks';
import { MarkLayer } from './MarkLayer';
import type { MarkDatum } from './PointMark';
import type { Layer } from './seriesData';
import { useReducedMotion } from './useReducedMotion';
import { yearAxis } from './yearAxis';

// Only flows (a year's amount) are joined by a line, one per basis; stocks (cumulative snapshots, targets)
// stand alone.
const LINE_KINDS = new Set(['annual', 'budget', 'request']);

export interface Milestone {
  year: number;
  n: number;
}

interface Props {
  title: string;
  /** series of one unit; the first is the main one */
  layers: Layer[];
  span: [number, number];
  /** names the selected years before `span` that have no figure (a gap, not zero) */
  gapNote?: string;
  basis: YearBasis;
  sources: Map<string, Source>;
  milestones?: readonly Milestone[];
  size?: ChartSize;
}

/** Series by year: a line through the yearly figures that breaks where a year has none, and a mark for
 * every figure (conflicting ones included) styled by how exact it is. */
export function SeriesPanel({ title, layers, span, gapNote, basis, sources, milestones = [], size }: Props) {
  const { t, lang } = useLocale();
  const text = useText();
  const still = useReducedMotion();
  const unit = layers[0]?.series.unit ?? 'people';
  const isLine = (l: Layer) => l.placed.some((p) => LINE_KINDS.has(p.point.kind));
  // Rows carry every series (the latest figure of each year) so the tooltip has a row for each year; only
  // flows are drawn as visible lines, stocks get a transparent one and stand as marks.
  const yearly = yearlyRows(
    layers.flatMap((l) => (isLine(l) ? l.placed.filter((p) => LINE_KINDS.has(p.point.kind)) : l.placed)),
    layers.map((l) => l.series.id),
    span,
  );
  // The visible lines: one per series and basis, each joining its own figures across the years between.
  const lines = basisLineRows(
    layers.flatMap((l) => (isLine(l) ? l.placed.filter((p) => LINE_KINDS.has(p.point.kind)) : [])),
    span,
  );
  const rows = yearly.map((r, i) => ({ year: r.year, ...r.values, ...lines.rows[i]?.values }));
  const colourOf = new Map(layers.map((l) => [l.series.id, l.colour]));
  const all = layers.flatMap((l) => l.placed);
  const ticks = niceTicks(Math.max(0, ...all.map((p) => p.point.value)));
  const top = ticks.at(-1) ?? 1;
  const year = (y: number) => formatDate(String(y), lang, basis === 'jp-fiscal');
  const axisLabel = t(isLargeScale(unit, lang, top) ? 'timeline.axis.large' : `timeline.axis.${unit}`, { unit });
  const chart = (dims: ReturnType<typeof chartDims>, animate: boolean) => (
    <ComposedChart data={rows} title={title} {...dims} margin={{ top: 14, right: 12, bottom: 4, left: 0 }}>
      <CartesianGrid stroke="#e3e8ee" vertical={false} />
      <XAxis {...yearAxis('year', span, year)} />
      <YAxis width={60} domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => formatAxis(v, unit, lang, top)} />
      {milestones.map((m) => (
        <ReferenceLine
          key={m.year}
          x={m.year}
          stroke="#6b7780"
          strokeDasharray="3 3"
          label={{ value: String(m.n), position: 'top', className: 'milestone-label' }}
        />
      ))}
      <Tooltip
        filterNull={false}
        isAnimationActive={animate}
        content={<YearTooltip placed={all} series={layers.map((l) => l.series)} sources={sources} yearLabel={year} />}
      />
      {layers.map((l) => (
        <Line
          key={l.series.id}
          dataKey={l.series.id}
          stroke="transparent"
          connectNulls={false}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      {lines.keys.flatMap((k) => {
        const stroke = colourOf.get(k.split('|')[0] ?? '') ?? '#000';
        // Solid between figures of consecutive years; a thin dotted bridge over years with no figure, so
        // the figures of one basis read as one series while a missing year still shows as missing.
        const common = { dataKey: k, stroke, dot: false, activeDot: false, isAnimationActive: animate } as const;
        return [
          <Line
            key={`${k}-gap`}
            className="basis-gap"
            {...common}
            strokeWidth={1}
            strokeDasharray="1 3"
            connectNulls
          />,
          <Line key={k} className="basis-line" {...common} strokeWidth={2} connectNulls={false} />,
        ];
      })}
      {layers.map((l) => (
        <MarkLayer
          key={l.series.id}
          colour={l.colour}
          marks={l.placed.map((p): MarkDatum => ({ year: p.year, value: p.point.value, placed: p }))}
        />
      ))}
    </ComposedChart>
  );
  const { copy, picture } = useExportCopy((s) => chart(chartDims(s, 220), false));
  useChartExport(title, () => ({
    picture,
    axisLabel: gapNote ? `${axisLabel} · ${gapNote}` : axisLabel,
    publishers: publishersOf(all, sources, lang),
    legend: layers.length > 1 ? layers.map((l) => ({ label: text(l.series.title).text, colour: l.colour })) : [],
    // A line per series and basis, as drawn; the stand-alone marks per series.
    series: [
      ...lines.keys.map((k) => {
        const l = layers.find((x) => k.startsWith(`${x.series.id}|`));
        const pointBasis = k.slice(k.indexOf('|') + 1) as PointBasis;
        return {
          name: (l ? text(l.series.title).text : k) + bracketed(t(`briefing.deck.basis.${pointBasis}`), lang),
          unit: l?.series.unit ?? unit,
          basis,
          colour: l?.colour ?? '#000',
          style: 'line' as const,
          years: lines.rows.map((r) => r.year),
          values: lines.rows.map((r) => r.values[k] ?? null),
          pointBasis,
        };
      }),
      ...layers
        .filter((l) => !isLine(l))
        .map((l) => {
          const bases = [...new Set(l.placed.map((p) => p.point.basis))];
          return {
            name: text(l.series.title).text,
            unit: l.series.unit,
            basis,
            colour: l.colour,
            style: 'marks' as const,
            years: yearly.map((r) => r.year),
            values: yearly.map((r) => r.values[l.series.id] ?? null),
            ...(bases.length === 1 ? { pointBasis: bases[0] } : {}),
          };
        }),
    ],
  }));
  return (
    <div className="series-panel">
      <h4>{title}</h4>
      {layers.length > 1 && (
        <ul className="series-key">
          {layers.map((l) => (
            <li key={l.series.id}>
              <svg width="14" height="10" aria-hidden="true">
                <rect width="14" height="10" fill={l.colour} />
              </svg>
              {text(l.series.title).text}
            </li>
          ))}
        </ul>
      )}
      {gapNote && <p className="chart-gap-note">{gapNote}</p>}
      <p className="axis-unit">{axisLabel}</p>
      {chart(chartDims(size, 220), !still)}
      {copy}
    </div>
  );
}
