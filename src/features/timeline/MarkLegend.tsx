import type { Placed } from '../../domain/series';
import type { YearBasis } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { useFigureLegend } from './chartExport';
import { LegendSwatch, swatchShapes, type SwatchKind } from './PointMark';
import { SERIES_COLOUR } from './palette';

/** How to read the marks, listing only the kinds of mark the figure actually shows. */
export function MarkLegend({ basis, placed, gaps = true }: { basis: YearBasis; placed: Placed[]; gaps?: boolean }) {
  const { t } = useLocale();
  const has = (f: (p: Placed) => boolean) => placed.some(f);
  const items: [SwatchKind, string, boolean][] = [
    ['exact', t('timeline.legend.exact'), has((p) => !p.approximate && !p.point.derived && p.point.kind !== 'target')],
    ['approx', t('timeline.legend.approx'), has((p) => p.approximate)],
    ['derived', t('timeline.legend.derived'), has((p) => p.point.derived === true)],
    ['estimate', t('timeline.legend.estimate'), has((p) => p.point.basis === 'press-estimate')],
    [
      'shifted',
      t(basis === 'jp-fiscal' ? 'timeline.legend.shiftedCal' : 'timeline.legend.shiftedFy'),
      has((p) => p.shifted),
    ],
    ['target', t('timeline.legend.target'), has((p) => p.point.kind === 'target')],
    ['conflict', t('timeline.legend.conflict'), has((p) => p.conflict)],
    ['gap', t('timeline.legend.gap'), gaps],
  ];
  const shown = items.filter(([, , on]) => on);
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
