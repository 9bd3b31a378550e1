import type { Measure } from '../../domain/values';
import type { Bin } from '../../domain/scale';
import { NO_DATA } from '../../domain/scale';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { ExportLegendItem } from '../../ui/exportRegistry';
import { HATCH_ID } from './look';

/** The key's title and classes as data, for the map's exports (the city squares are not in a picture). */
export function mapLegend(bins: Bin[], measure: Measure, t: Translate, lang: Lang) {
  const fmt = (n: number) => (measure === 'first-year' ? String(n) : formatNumber(n, lang));
  const items: ExportLegendItem[] = [
    ...bins.map((b) => ({ label: b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}–${fmt(b.hi)}`, colour: b.colour })),
    { label: t('map.viaOnly'), colour: `url(#${HATCH_ID})` },
    { label: t('map.noActivity'), colour: NO_DATA },
  ];
  return { title: `${t('map.legend')}: ${t(`map.measure.${measure}`)}`, items };
}

/**
 * The key, inside the map's frame (a corner of open sea; along the foot of the map on a phone): the
 * classes as a ramp, each with its words, so colour is never the only carrier of meaning; then the other
 * fills and the dots, and the switch that shows the cities' squares.
 */
export function Legend(props: { bins: Bin[]; measure: Measure; cities: boolean; onCities: (on: boolean) => void }) {
  const { bins, measure, cities, onCities } = props;
  const { lang, t } = useLocale();
  const fmt = (n: number) => (measure === 'first-year' ? String(n) : formatNumber(n, lang));
  return (
    <div className="legend">
      <h3 className="legend-title">
        <span className="visually-hidden">{t('map.legend')}: </span>
        {t(`map.measure.${measure}`)}
      </h3>
      <ul className="legend-ramp">
        {bins.map((b) => (
          <li key={b.lo}>
            <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
            {b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}–${fmt(b.hi)}`}
          </li>
        ))}
      </ul>
      <ul>
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
        <li className="legend-mark">
          <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
            <circle cx="7" cy="7" r="5.5" fill="#7fcdbb" stroke="#263238" strokeWidth="1.5" />
          </svg>
          {t('map.legendSmall')}
        </li>
      </ul>
      <CitiesSwitch cities={cities} onCities={onCities} />
    </div>
  );
}

/** A switch, not a key entry: a picture of the map (an export) does not carry the city squares. */
export function CitiesSwitch({ cities, onCities }: { cities: boolean; onCities: (on: boolean) => void }) {
  const { t } = useLocale();
  return (
    <label className="legend-cities legend-mark">
      <input type="checkbox" checked={cities} onChange={(e) => onCities(e.target.checked)} />
      <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
        <rect x="1" y="1" width="12" height="12" rx="2" fill="#fff" stroke="#263238" strokeWidth="1.5" />
        <text x="7" y="10.5" fontSize="9" fontWeight="700" textAnchor="middle" fill="#1b1f23">
          n
        </text>
      </svg>
      {t('map.showCities')}
    </label>
  );
}
