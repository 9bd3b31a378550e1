import type { Measure } from '../../domain/values';
import type { Bin } from '../../domain/scale';
import { NO_DATA } from '../../domain/scale';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { plural, type Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { ExportLegendItem } from '../../ui/exportRegistry';
import { KeyFold, type Fold } from './KeyFold';
import { HATCH_ID, TIE_ID } from './look';

/** A programme in the "by programme" key: its name and its colour (src/domain/palette.ts). */
export interface KeyProgramme {
  id: string;
  name: string;
  colour: string;
}

/** The classes of the key: the bins of a count, or on the "by programme" map each programme shown and
 * the stripes of a tie. */
function classes(bins: Bin[], measure: Measure, programmes: KeyProgramme[], t: Translate, lang: Lang) {
  if (measure === 'programmes')
    return [
      ...programmes.map((p) => ({ label: p.name, colour: p.colour })),
      { label: t('map.programmeTie'), colour: `url(#${TIE_ID})` },
    ];
  const fmt = (n: number) => (measure === 'first-year' ? String(n) : formatNumber(n, lang));
  return bins.map((b) => ({ label: b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}–${fmt(b.hi)}`, colour: b.colour }));
}

const keyTitle = (measure: Measure, t: Translate) =>
  t(measure === 'programmes' ? 'map.programmeKey' : `map.measure.${measure}`);

/** The key's title and classes as data, for the map's exports (the city squares are not in a picture). */
export function mapLegend(bins: Bin[], measure: Measure, programmes: KeyProgramme[], t: Translate, lang: Lang) {
  const items: ExportLegendItem[] = [
    ...classes(bins, measure, programmes, t, lang),
    { label: t('map.viaOnly'), colour: `url(#${HATCH_ID})` },
    { label: t('map.noActivity'), colour: NO_DATA },
  ];
  return { title: `${t('map.legend')}: ${keyTitle(measure, t)}`, items };
}

/**
 * The key, inside the map's frame (a corner of open sea; along the foot of the map on a phone): the
 * classes as a ramp, each with its words, so colour is never the only carrier of meaning; then the other
 * fills and the dots, and the switch that shows the cities' squares.
 */
export function Legend(props: {
  bins: Bin[];
  measure: Measure;
  /** the programmes the "by programme" map shows, in the data's order */
  programmes: KeyProgramme[];
  cities: boolean;
  onCities: (on: boolean) => void;
  /** how many city squares the key hides (the dashboard's; a slide's key hides none) */
  underKey?: number;
  /** on the dashboard, the key can be folded away (a slide's cannot) */
  fold?: Fold;
}) {
  const { bins, measure, programmes, cities, onCities, underKey, fold } = props;
  const { lang, t } = useLocale();
  const byProgramme = measure === 'programmes';
  return (
    <div className="legend" data-foldable={fold ? '' : undefined} data-folded={fold?.folded || undefined}>
      {fold && <KeyFold {...fold} />}
      <h3 className="legend-title">
        <span className="visually-hidden">{t('map.legend')}: </span>
        {keyTitle(measure, t)}
      </h3>
      <ul className={byProgramme ? 'legend-programmes' : 'legend-ramp'}>
        {classes(bins, measure, programmes, t, lang).map((c) => (
          <li key={c.label}>
            {c.colour.startsWith('url(') ? (
              <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
                <rect width="14" height="14" fill={c.colour} />
              </svg>
            ) : (
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            )}
            {c.label}
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
            {/* The shape is the sign; by programme, a dot's colour is a programme's, so none is shown here. */}
            <circle cx="7" cy="7" r="5.5" fill={byProgramme ? '#fff' : '#7fcdbb'} stroke="#263238" strokeWidth="1.5" />
          </svg>
          {t('map.legendSmall')}
        </li>
      </ul>
      <CitiesSwitch cities={cities} onCities={onCities} underKey={underKey} />
    </div>
  );
}

/** A switch, not a key entry: a picture of the map (an export) does not carry the city squares. */
export function CitiesSwitch({
  cities,
  onCities,
  underKey = 0,
}: {
  cities: boolean;
  onCities: (on: boolean) => void;
  /** squares left out because the key lies over them: said here, with the way to see them */
  underKey?: number;
}) {
  const { t, lang } = useLocale();
  return (
    <>
      <CitiesBox cities={cities} onCities={onCities} />
      {cities && underKey > 0 && (
        <p className="legend-note">{t(plural('map.underKey', underKey, lang), { n: formatNumber(underKey, lang) })}</p>
      )}
    </>
  );
}

function CitiesBox({ cities, onCities }: { cities: boolean; onCities: (on: boolean) => void }) {
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
