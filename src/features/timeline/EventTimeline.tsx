import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Activity, YearBasis } from '../../domain/types';
import { formatDate, formatList } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { useExportCopy } from '../../ui/useExportCopy';
import { useChartExport } from './chartExport';
import { chartDims, type ChartSize } from './chartSize';
import { yearAxis } from './yearAxis';
import { useReducedMotion } from './useReducedMotion';

export interface EventDatum {
  id: string;
  /** position on the year axis (see yearPosition) */
  x: number;
  /** the lane's label */
  lane: string;
  activity: Activity;
}

interface Props {
  title: string;
  events: EventDatum[];
  lanes: string[];
  basis: YearBasis;
  colour: string;
  onSelect: (a: Activity) => void;
  countryName: (iso3: string) => string;
  size?: ChartSize;
}

/** Events as dots on a time axis, one lane per region; a dot selects the event's country. */
export function EventTimeline({ title, events, lanes, basis, colour, onSelect, countryName, size }: Props) {
  const { lang } = useLocale();
  const still = useReducedMotion();
  const xs = events.map((e) => e.x);
  const span: [number, number] = [
    Math.floor(Math.min(...xs)),
    Math.ceil(Math.max(...xs)) + (Number.isInteger(Math.max(...xs)) ? 1 : 0),
  ];
  const year = (y: number) => formatDate(String(y), lang, basis === 'jp-fiscal');
  const height = Math.max(140, 44 + lanes.length * 34);
  const chart = (dims: ReturnType<typeof chartDims>, animate: boolean) => (
    <ScatterChart title={title} {...dims} margin={{ top: 8, right: 20, bottom: 4, left: 8 }}>
      <CartesianGrid stroke="#e3e8ee" horizontal={false} />
      <XAxis {...yearAxis('x', span, year)} />
      <YAxis
        type="category"
        dataKey="lane"
        reversed
        ticks={lanes}
        width={130}
        interval={0}
        tick={{ fontSize: 12 }}
        allowDuplicatedCategory={false}
      />
      <Tooltip isAnimationActive={animate} cursor={false} content={<EventTooltip countryName={countryName} />} />
      <Scatter
        data={events}
        isAnimationActive={animate}
        onClick={(item) => {
          const e = (item as { payload?: EventDatum }).payload;
          if (e) onSelect(e.activity);
        }}
        shape={<EventDot colour={colour} />}
      />
    </ScatterChart>
  );
  // An export lays the lanes out at its own height. The figure's legend is about the series' marks.
  const { copy, picture } = useExportCopy((s) => chart(chartDims(s, s.height), false));
  useChartExport(title, () => ({ picture, legend: [] }), false);
  return (
    <>
      {chart(chartDims(size ? { ...size, height } : undefined, height), !still)}
      {copy}
    </>
  );
}

// Recharts clones these two for each event, adding the event as `payload`.
function EventDot({ cx, cy, payload, colour }: { cx?: number; cy?: number; payload?: EventDatum; colour: string }) {
  if (cx === undefined || cy === undefined) return null;
  return (
    <circle
      className="tisc-event"
      data-id={payload?.id}
      cx={cx}
      cy={cy}
      r={7}
      fill={colour}
      fillOpacity={0.85}
      stroke="#fff"
      strokeWidth={1.5}
    />
  );
}

function EventTooltip({
  active,
  payload,
  countryName,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  countryName: (iso3: string) => string;
}) {
  const { lang } = useLocale();
  const text = useText();
  const e = payload?.[0]?.payload as EventDatum | undefined;
  if (!active || !e) return null;
  const a = e.activity;
  return (
    <div className="chart-tooltip">
      <p className="tooltip-heading">{text(a.title).text}</p>
      <p>
        {formatDate(a.start, lang, a.yearBasis === 'jp-fiscal')} · {e.lane}
      </p>
      {a.countries.length > 0 && <p>{formatList(a.countries.map(countryName), lang)}</p>}
    </div>
  );
}
