import type { Placed } from '../../domain/series';
import type { YearBasis } from '../../domain/types';
import { markKeys } from '../../domain/marks';
import { useLocale } from '../../i18n/LocaleContext';
import { useFigureLegend } from './chartExport';
import { LegendSwatch, swatchShapes, type SwatchKind } from './PointMark';
import { SERIES_COLOUR } from './palette';

/** How to read the marks, listing only the kinds of mark the figure actually shows. */
export function MarkLegend({ basis, placed, gaps = true }: { basis: YearBasis; placed: Placed[]; gaps?: boolean }) {
  const { t } = useLocale();
  const keys = new Set<SwatchKind>(markKeys(placed));
  if (gaps) keys.add('gap');
  const labelOf = (k: SwatchKind) =>
    t(
      k !== 'shifted'
        ? `timeline.legend.${k}`
        : basis === 'jp-fiscal'
          ? 'timeline.legend.shiftedCal'
          : 'timeline.legend.shiftedFy',
    );
  const shown = [...keys].map((k): [SwatchKind, string] => [k, labelOf(k)]);
  useFigureLegend(
    shown.map(([kind, label]) => ({
      label,
      icon: { viewBox: [0, 0, 22, 14], shapes: swatchShapes(kind, SERIES_COLOUR) },
    })),
  );
  return (
    <div className="mark-legend">
      <p className="legend-title">{t('timeline.legend.title')}</p>
      <ul>
        {shown.map(([kind, label]) => (
          <li key={kind}>
            <LegendSwatch kind={kind} colour={SERIES_COLOUR} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
