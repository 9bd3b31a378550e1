import { memo } from 'react';
import type { Bin } from '../../domain/scale';
import { NO_DATA } from '../../domain/scale';
import { useLocale } from '../../i18n/LocaleContext';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';
import type { Measure } from '../../domain/aggregate';
import type { Lang } from '../../state/urlState';
import type { ExportLegendItem } from '../../ui/exportRegistry';

/** The pattern of countries reached only through a regional body (drawn by ChoroplethMap). */
export const HATCH_ID = 'atlas-via-hatch';

type Props = { bins: Bin[]; measure: Measure };
// The bins are worked out anew on every filter change, and are mostly the same classes as before.
const sameBins = (a: Props, b: Props) =>
  a.measure === b.measure &&
  a.bins.length === b.bins.length &&
  a.bins.every((x, i) => x.lo === b.bins[i]?.lo && x.hi === b.bins[i].hi && x.colour === b.bins[i].colour);

/** The legend's title and items, as data: drawn below the map and written into its exports. */
export function mapLegend(bins: Bin[], measure: Measure, t: Translate, lang: Lang) {
  const fmt = (n: number) => (measure === 'first-year' ? String(n) : formatNumber(n, lang));
  const items: ExportLegendItem[] = [
    ...bins.map((b) => ({ label: b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}–${fmt(b.hi)}`, colour: b.colour })),
    { label: t('map.viaOnly'), colour: `url(#${HATCH_ID})` },
    { label: t('map.noActivity'), colour: NO_DATA },
  ];
  return { title: `${t('map.legend')}: ${t(`map.measure.${measure}`)}`, items };
}

/** Every class has a text label, so colour is never the only carrier of meaning. */
export const Legend = memo(function Legend({ bins, measure }: Props) {
  const { lang, t } = useLocale();
  const { title, items } = mapLegend(bins, measure, t, lang);
  return (
    <div className="legend">
      <h3 className="legend-title">{title}</h3>
      <ul>
        {items.map(({ label, colour = '' }) => (
          <li key={label}>
            {colour.startsWith('url(') ? (
              <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
                <rect width="14" height="14" fill={colour} />
              </svg>
            ) : (
              <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            )}
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}, sameBins);
