import { memo } from 'react';
import type { Bin } from '../../domain/scale';
import { NO_DATA } from '../../domain/scale';
import { useLocale } from '../../i18n/LocaleContext';
import { formatNumber } from '../../i18n/format';
import type { Measure } from '../../domain/values';
import { HATCH_ID } from './ChoroplethMap';

type Props = { bins: Bin[]; measure: Measure };
// The bins are worked out anew on every filter change, and are mostly the same classes as before.
const sameBins = (a: Props, b: Props) =>
  a.measure === b.measure &&
  a.bins.length === b.bins.length &&
  a.bins.every((x, i) => x.lo === b.bins[i]?.lo && x.hi === b.bins[i].hi && x.colour === b.bins[i].colour);

/** Every class has a text label, so colour is never the only carrier of meaning. */
export const Legend = memo(function Legend({ bins, measure }: Props) {
  const { lang, t } = useLocale();
  const fmt = (n: number) => (measure === 'first-year' ? String(n) : formatNumber(n, lang));
  return (
    <div className="legend">
      <h3 className="legend-title">
        {t('map.legend')}: {t(`map.measure.${measure}`)}
      </h3>
      <ul>
        {bins.map((b) => (
          <li key={b.lo}>
            <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
            {b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}–${fmt(b.hi)}`}
          </li>
        ))}
        <li>
          <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
            <rect width="14" height="14" fill={`url(#${HATCH_ID})`} />
          </svg>
          {t('map.viaOnly')}
        </li>
        <li>
          <span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" />
          {t('map.noActivity')}
        </li>
      </ul>
    </div>
  );
}, sameBins);
