import { useId, useMemo } from 'react';
import { useYearCursor } from './useYearCursor';
import type { TreatyTimeline } from '../../domain/treatyTimeline';
import { formatDate, formatNumber, joinWords } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { ExportLegendItem, SwatchShape } from '../../ui/exportRegistry';
import { useExportCopy } from '../../ui/useExportCopy';
import { Swatch, useChartExport } from './chartExport';
import { useBoxWidth, type ChartSize } from './chartSize';
import { changeText, type DrawnLine, type Words } from './treatyChartModel';
import { dashOf, layoutFor, markShapes, TreatyDrawing } from './TreatyDrawing';
import './treatyChart.css';

interface Props {
  title: string;
  timeline: TreatyTimeline;
  lines: DrawnLine[];
  words: Words;
  /** the date of the newest WIPO record read */
  asOf: string;
  size?: ChartSize;
}

const KINDS = ['joined', 'listed', 'withdrew', 'via'] as const;
const lineShapes = (l: DrawnLine): SwatchShape[] => [
  {
    tag: 'line',
    attrs: { x1: 1, y1: 7, x2: 23, y2: 7, stroke: l.colour, strokeWidth: 2.5, strokeDasharray: dashOf(l) },
  },
];

/** Members of each treaty among the countries reached, a step line per treaty with a mark for each
 * change, over a band of the countries with activities each year. Plain SVG, like StackedBars: pointing
 * at a year, or focusing the chart and using the arrow keys, reads that year's counts and changes. */
export function TreatySteps({ title, timeline: tl, lines, words, asOf, size }: Props) {
  const { t, lang } = useLocale();
  const [box, measured] = useBoxWidth(size?.width);
  const height = size?.height ?? 340;
  const year = useMemo(() => (y: number) => formatDate(String(y), lang), [lang]);
  const colourOf = (treaty: string) => lines.find((l) => l.treaty === treaty)?.colour ?? '#333';
  const recordsEnd = (layout: ReturnType<typeof layoutFor>) =>
    tl.lastYear < tl.span[1]
      ? {
          x: layout.plot.x + (tl.lastYear - tl.span[0] + 1) * layout.slotWidth,
          label: t('timeline.treaties.recordsEnd', { date: formatDate(asOf, lang) }),
        }
      : null;
  const layout = useMemo(
    () => (measured > 0 ? layoutFor(tl, lines, { width: measured, height }, year) : null),
    [tl, lines, measured, height, year],
  );
  const { active, pointer, onKeyDown } = useYearCursor(
    tl.rows.length,
    layout ? { plotX: layout.plot.x, slotWidth: layout.slotWidth } : null,
  );
  const keysId = useId();
  const bandLabel = t('timeline.treaties.band');
  const drawing = (l: NonNullable<typeof layout>) => (
    <TreatyDrawing
      layout={l}
      lines={lines}
      year={year}
      lang={lang}
      bandLabel={bandLabel}
      recordsEnd={recordsEnd(l)}
      colourOf={colourOf}
    />
  );
  const legend: ExportLegendItem[] = [
    ...lines.map((l) => ({
      label: l.label,
      icon: { viewBox: [0, 0, 24, 14] as [number, number, number, number], shapes: lineShapes(l) },
    })),
    ...KINDS.filter((k) => tl.changes.some((c) => c.kind === k)).map((k) => ({
      label: t(`timeline.treaties.mark.${k}`),
      icon: { viewBox: [0, 0, 14, 14] as [number, number, number, number], shapes: markShapes(k, 7, 7, '#4a5560') },
    })),
    { label: bandLabel, colour: '#9aa5b1' },
  ];
  const { copy, picture } = useExportCopy((s) => (
    <svg width={s.width} height={s.height}>
      {drawing(layoutFor(tl, lines, s, year))}
    </svg>
  ));
  useChartExport(
    title,
    () => ({
      picture,
      axisLabel: t('timeline.treaties.axis', { n: tl.reached.length }),
      legend,
      series: [
        ...lines.map((l) => ({
          name: l.label,
          unit: 'countries',
          basis: 'calendar' as const,
          colour: l.colour,
          style: 'step' as const,
          years: tl.rows.map((r) => r.year),
          values: l.values,
        })),
        {
          name: bandLabel,
          unit: 'countries',
          basis: 'calendar' as const,
          colour: '#9aa5b1',
          style: 'bar' as const,
          years: tl.rows.map((r) => r.year),
          values: tl.rows.map((r) => r.active),
        },
      ],
    }),
    false,
  );

  const row = active === null ? undefined : tl.rows[active];
  const tipLines = row
    ? [
        ...lines.map((l) => {
          const v = l.values[active ?? 0];
          return t('timeline.treaties.tipCount', {
            name: l.label,
            n: v === null || v === undefined ? '—' : formatNumber(v, lang),
          });
        }),
        t('timeline.treaties.tipCount', { name: t('timeline.treaties.active'), n: formatNumber(row.active, lang) }),
        ...tl.changes.filter((c) => c.year === row.year).map((c) => changeText(c, words)),
      ]
    : [];
  const slotX = layout && active !== null ? layout.plot.x + active * layout.slotWidth : 0;
  return (
    <>
      <p className="axis-unit">{t('timeline.treaties.axis', { n: formatNumber(tl.reached.length, lang) })}</p>
      <div className="bar-chart treaty-chart" ref={box} style={{ height }}>
        {layout && (
          <svg
            className="chart-surface"
            width={measured}
            height={height}
            role="slider"
            aria-label={title}
            aria-orientation="horizontal"
            aria-valuemin={tl.span[0]}
            aria-valuemax={tl.span[1]}
            aria-valuenow={row?.year ?? tl.span[0]}
            aria-valuetext={row ? `${year(row.year)}: ${joinWords(tipLines, lang)}` : t('timeline.treaties.keys')}
            aria-describedby={keysId}
            tabIndex={0}
            {...pointer}
            onKeyDown={onKeyDown}
          >
            {active !== null && (
              <rect
                className="bar-cursor"
                x={slotX}
                y={layout.plot.y}
                width={layout.slotWidth}
                height={layout.band.y + layout.band.height - layout.plot.y}
              />
            )}
            {drawing(layout)}
          </svg>
        )}
        <span id={keysId} hidden>
          {t('timeline.treaties.keys')}
        </span>
        <div
          className="bar-tooltip"
          style={row ? (slotX < measured / 2 ? { left: slotX + 24 } : { right: measured - slotX + 8 }) : undefined}
        >
          {row && (
            <div className="chart-tooltip">
              <p className="tooltip-heading">{year(row.year)}</p>
              <ul>
                {tipLines.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {copy}
      </div>
      <ul className="treaty-legend-list">
        {legend.map((item) => (
          <li key={item.label}>
            {item.icon ? (
              <Swatch shapes={item.icon.shapes} width={item.icon.viewBox[2]} height={14} />
            ) : (
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={item.colour} />
              </svg>
            )}
            {item.label}
          </li>
        ))}
      </ul>
    </>
  );
}
