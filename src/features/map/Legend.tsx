import type { Bin } from '../../domain/scale';
import { NO_DATA } from '../../domain/scale';
import { useLocale } from '../../i18n/LocaleContext';
import { formatNumber } from '../../i18n/format';
import type { Measure } from '../../domain/aggregate';
import { HATCH_ID } from './ChoroplethMap';

/** Every class has a text label, so colour is never the only carrier of meaning. */
export function Legend({ bins, measure }: { bins: Bin[]; measure: Measure }) {
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
}
