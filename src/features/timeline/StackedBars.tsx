import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { StackRow } from '../../domain/series';
import type { YearBasis } from '../../domain/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { chartDims, type ChartSize } from './chartSize';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  title: string;
  rows: StackRow[];
  keys: string[];
  colour: (k: string) => string;
  name: (k: string) => string;
  basis: YearBasis;
  /** when set, a bar selects its year */
  onSelect?: (year: number) => void;
  size?: ChartSize;
}

/** Activities per year, stacked by programme or type, with a legend that names every colour. */
export function StackedBars({ title, rows, keys, colour, name, basis, onSelect, size }: Props) {
  const { t, lang } = useLocale();
  const still = useReducedMotion();
  const year = (y: number) => formatDate(String(y), lang, basis === 'jp-fiscal');
  const data = rows.map((r) => ({ year: r.year, ...Object.fromEntries(keys.map((k) => [k, r.counts[k] ?? 0])) }));
  return (
    <>
      <p className="axis-unit">{t('timeline.axis.activities')}</p>
      <BarChart data={data} title={title} {...chartDims(size, 260)} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis dataKey="year" tickFormatter={year} interval="preserveStartEnd" minTickGap={12} />
        <YAxis width={40} allowDecimals={false} />
        <Tooltip
          isAnimationActive={!still}
          cursor={{ fill: 'rgb(11 92 173 / 8%)' }}
          content={<StackTooltip rows={rows} keys={keys} name={name} yearLabel={year} />}
        />
        {keys.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            name={name(k)}
            stackId="stack"
            fill={colour(k)}
            isAnimationActive={!still}
            onClick={onSelect ? (item) => onSelect((item.payload as { year: number }).year) : undefined}
          />
        ))}
      </BarChart>
      <div className="stack-legend">
        <ul>
          {keys.map((k) => (
            <li key={k}>
              <svg width="14" height="14" aria-hidden="true" className="legend-swatch">
                <rect width="14" height="14" fill={colour(k)} />
              </svg>
              {name(k)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** The tooltip of one bar: the count of each programme or type that year, and the total. */
function StackTooltip({
  active,
  label,
  rows,
  keys,
  name,
  yearLabel,
}: {
  active?: boolean;
  label?: unknown;
  rows: StackRow[];
  keys: string[];
  name: (k: string) => string;
  yearLabel: (y: number) => string;
}) {
  const { t, lang } = useLocale();
  const row = rows.find((r) => r.year === label);
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="tooltip-heading">{yearLabel(row.year)}</p>
      <ul>
        {keys
          .filter((k) => (row.counts[k] ?? 0) > 0)
          .map((k) => (
            <li key={k}>{t('timeline.countOf', { name: name(k), n: formatNumber(row.counts[k] ?? 0, lang) })}</li>
          ))}
      </ul>
      <p>{t('timeline.countOf', { name: t('timeline.total'), n: formatNumber(row.total, lang) })}</p>
    </div>
  );
}
