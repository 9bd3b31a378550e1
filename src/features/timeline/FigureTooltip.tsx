import type { Placed } from '../../domain/series';
import type { Series, Source } from '../../domain/types';
import { joinWords, itemSeparator } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { pointDate, pointFlags, qualified, sourceShort } from './pointText';

/** The tooltip of one year: every figure of that year with its series, date, qualifier, flags and
 * source, or plainly "no figure" for a gap. */
export function FigureTooltip({
  heading,
  points,
  series,
  sources,
}: {
  heading: string;
  points: Placed[];
  series: Series[];
  sources: Map<string, Source>;
}) {
  const { t, lang } = useLocale();
  const text = useText();
  const byId = new Map(series.map((s) => [s.id, s]));
  return (
    <div className="chart-tooltip">
      <p className="tooltip-heading">{heading}</p>
      {points.length === 0 ? (
        <p>{t('timeline.tip.none')}</p>
      ) : (
        <ul>
          {points.map((p, i) => {
            const s = byId.get(p.seriesId);
            return (
              <li key={`${p.seriesId}-${p.point.date}-${i}`}>
                {series.length > 1 && s && <span className="muted">{text(s.title).text}</span>}
                {series.length > 1 && <br />}
                <strong>{s ? qualified(p.point, s.unit, lang, t) : p.point.value}</strong> · {pointDate(p.point, lang)}{' '}
                · {joinWords(pointFlags(p, t), lang)}
                <br />
                <span className="muted">
                  {p.point.sources
                    .map((x) => sourceShort(sources.get(x.id), lang, t) || x.id)
                    .join(itemSeparator(lang))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Recharts clones this element as a Tooltip's content, adding `active` and either the hovered `label`
 * (the year, when the pointer is over the axis) or the hovered mark as `payload` (over a mark). */
export function YearTooltip({
  active,
  label,
  payload,
  placed,
  series,
  sources,
  yearLabel,
}: {
  active?: boolean;
  label?: unknown;
  payload?: readonly { payload?: unknown }[];
  placed: Placed[];
  series: Series[];
  sources: Map<string, Source>;
  yearLabel: (y: number) => string;
}) {
  const mark = payload
    ?.map((p) => p.payload as { year?: unknown } | undefined)
    .find((p) => typeof p?.year === 'number');
  const year = typeof label === 'number' ? label : mark?.year;
  if (!active || typeof year !== 'number') return null;
  return (
    <FigureTooltip
      heading={yearLabel(year)}
      points={placed.filter((p) => p.year === year)}
      series={series}
      sources={sources}
    />
  );
}
