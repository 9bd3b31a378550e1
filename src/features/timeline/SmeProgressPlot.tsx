import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { yearPosition, type Placed, type TargetPace } from '../../domain/series';
import type { Series, Source, YearBasis } from '../../domain/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { SwatchShape } from '../../ui/exportRegistry';
import { useExportCopy } from '../../ui/useExportCopy';
import { Swatch, useChartExport } from './chartExport';
import { chartDims, type ChartSize } from './chartSize';
import { FigureTooltip } from './FigureTooltip';
import { MarkLayer } from './MarkLayer';
import type { MarkDatum } from './PointMark';
import { SECOND_COLOUR, SERIES_COLOUR } from './palette';
import { yearAxis } from './yearAxis';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  /** the documented (lower-bound) counts, cumulative, as placed points */
  documented: Placed[];
  /** the cumulative value at each documented point (a running total when the points are per event) */
  values: number[];
  paces: TargetPace[];
  today: string;
  basis: YearBasis;
  series: Series[];
  sources: Map<string, Source>;
  size?: ChartSize;
}

/** Documented counts as a dashed step line on a time axis, the targets as horizontal lines, and the
 * deadline and today as vertical ones. */
export function SmeProgressPlot({ documented, values, paces, today, basis, series, sources, size }: Props) {
  const { t, lang } = useLocale();
  const still = useReducedMotion();
  const x = (date: string) => yearPosition(date, 'calendar', basis);
  // `year` holds the exact position on the time axis here (not the whole year): the marks sit on their dates.
  const marks: MarkDatum[] = documented.map((p, i) => ({
    year: yearPosition(p.point.date, p.point.yearBasis, basis),
    value: values[i] ?? p.point.value,
    placed: p,
  }));
  const deadlines = paces.flatMap((p) => (p.deadline ? [p.deadline] : []));
  const xs = [...marks.map((m) => m.year), x(today), ...deadlines.map(x), x('2024-02-21')];
  const span: [number, number] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  const top = Math.max(...paces.map((p) => p.target), ...marks.map((m) => m.value), 10);
  const year = (y: number) => formatDate(String(y), lang, basis === 'jp-fiscal');
  // The documented count holds until today: nothing documented since means no known change, not zero.
  const last = marks.at(-1);
  const line = [
    ...marks.map((m) => ({ x: m.year, value: m.value })),
    ...(last && x(today) > last.year ? [{ x: x(today), value: last.value }] : []),
  ];
  const keys: [string, string, string][] = [
    [SERIES_COLOUR, '5 4', t('timeline.sme.documented')],
    [SECOND_COLOUR, '6 3', t('timeline.sme.targetsKey')],
    ['#1b1f23', '2 2', t('timeline.sme.today')],
  ];
  const chart = (dims: ReturnType<typeof chartDims>, animate: boolean) => (
    <ComposedChart
      data={line}
      title={t('timeline.sme.documented')}
      {...dims}
      margin={{ top: 20, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid stroke="#e3e8ee" vertical={false} />
      <XAxis {...yearAxis('x', span, year)} />
      <YAxis width={48} domain={[0, Math.ceil((top * 1.15) / 100) * 100]} />
      {paces.map((p) => (
        <ReferenceLine
          key={p.target}
          y={p.target}
          stroke={SECOND_COLOUR}
          strokeDasharray="6 3"
          label={{
            value: t('timeline.sme.targetLine', { n: formatNumber(p.target, lang) }),
            position: 'insideTopLeft',
            className: 'ref-label',
          }}
        />
      ))}
      {deadlines.map((dl) => (
        <ReferenceLine
          key={dl}
          x={x(dl)}
          stroke={SECOND_COLOUR}
          label={{
            value: t('timeline.sme.deadlineLine', { date: formatDate(dl, lang) }),
            position: 'top',
            className: 'ref-label',
          }}
        />
      ))}
      <ReferenceLine
        x={x(today)}
        stroke="#1b1f23"
        strokeDasharray="2 2"
        label={{ value: t('timeline.sme.today'), position: 'insideTopLeft', className: 'ref-label' }}
      />
      <Tooltip
        isAnimationActive={animate}
        filterNull={false}
        content={<SmeTooltip marks={marks} series={series} sources={sources} />}
      />
      <Line
        dataKey="value"
        type="stepAfter"
        stroke={SERIES_COLOUR}
        strokeWidth={2}
        strokeDasharray="5 4"
        dot={false}
        activeDot={false}
        isAnimationActive={animate}
      />
      <MarkLayer marks={marks} colour={SERIES_COLOUR} />
    </ComposedChart>
  );
  const { copy, picture } = useExportCopy((s) => chart(chartDims(s, 280), false));
  useChartExport(t('timeline.sme.documented'), () => ({
    picture,
    axisLabel: t('timeline.axis.enterprises'),
    legend: keys.map(([colour, dash, label]) => ({
      label,
      icon: { viewBox: [0, 0, 22, 10], shapes: lineShapes(colour, dash) },
    })),
    series: [
      {
        name: t('timeline.sme.documented'),
        unit: 'enterprises',
        basis,
        colour: SERIES_COLOUR,
        style: 'step',
        years: line.map((p) => p.x),
        values: line.map((p) => p.value),
      },
    ],
  }));
  return (
    <>
      <ul className="series-key">
        {keys.map(([colour, dash, label]) => (
          <li key={label}>
            <Swatch shapes={lineShapes(colour, dash)} width={22} height={10} />
            {label}
          </li>
        ))}
      </ul>
      <p className="axis-unit">{t('timeline.axis.enterprises')}</p>
      {chart(chartDims(size, 280), !still)}
      {copy}
    </>
  );
}

/** Only when the data holds an official count: one progress bar per target. */
export function OfficialBars({ count, paces, size }: { count: number; paces: TargetPace[]; size?: ChartSize }) {
  const { t, lang } = useLocale();
  const still = useReducedMotion();
  const data = paces.map((p) => ({
    label: formatNumber(p.target, lang),
    done: Math.min(count, p.target),
    left: Math.max(0, p.target - count),
  }));
  const height = 40 + data.length * 36;
  const chart = (dims: ReturnType<typeof chartDims>, animate: boolean) => (
    <BarChart layout="vertical" data={data} title={t('timeline.sme.official')} {...dims}>
      <XAxis type="number" />
      <YAxis type="category" dataKey="label" width={52} />
      <Bar
        dataKey="done"
        stackId="p"
        fill={SERIES_COLOUR}
        name={t('timeline.sme.official')}
        isAnimationActive={animate}
      />
      <Bar dataKey="left" stackId="p" fill="#e3e8ee" isAnimationActive={animate} />
    </BarChart>
  );
  const { copy, picture } = useExportCopy((s) => chart(chartDims(s, height), false));
  useChartExport(t('timeline.sme.official'), () => ({ picture, legend: [] }), false);
  return (
    <>
      {chart(chartDims(size ? { ...size, height } : undefined, height), !still)}
      {copy}
    </>
  );
}

function SmeTooltip({
  active,
  label,
  marks,
  series,
  sources,
}: {
  active?: boolean;
  label?: unknown;
  marks: MarkDatum[];
  series: Series[];
  sources: Map<string, Source>;
}) {
  const { lang } = useLocale();
  const m = marks.find((x) => x.year === label);
  if (!active || !m) return null;
  return (
    <FigureTooltip
      heading={formatDate(m.placed.point.date, lang)}
      points={[m.placed]}
      series={series}
      sources={sources}
    />
  );
}

const lineShapes = (colour: string, dash: string): SwatchShape[] => [
  { tag: 'line', attrs: { x1: 0, y1: 5, x2: 22, y2: 5, stroke: colour, strokeWidth: 2, strokeDasharray: dash } },
];
