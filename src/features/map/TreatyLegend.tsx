import { beyondRecords } from '../../domain/treaties';
import { TREATY_CLASSES, type TreatyClass } from '../../domain/treatyMap';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { ExportLegendItem } from '../../ui/exportRegistry';
import { KeyFold, type Fold } from './KeyFold';
import { OUTLINES, treatyFill } from './look';
import { classLabel } from './treatyWords';

/** A class in the key: its label, and for coverage through a body, that it is the hatched one. */
const keyLabel = (c: TreatyClass, t: Translate) =>
  c === 'via-regional-body' ? `${classLabel(c, t)}${t('treaty.hatched')}` : classLabel(c, t);

export interface TreatyKey {
  /** the treaty's short name in the UI's language, from treaties.json */
  treaty: string;
  /** the `to` year of the slider: the statuses are read at its end */
  year: number;
  /** the newest date in the WIPO records read (treaties.json asOf) */
  asOf: string;
}

/** The key's title: the statuses at the end of the year chosen, or the newest in the records when that
 * year lies beyond them. */
export const treatyKeyTitle = (k: TreatyKey, t: Translate) =>
  beyondRecords(k.year, k.asOf)
    ? t('treaty.legendTitleNewest', { treaty: k.treaty })
    : t('treaty.legendTitle', { treaty: k.treaty, year: k.year });

/** The treaty map's key as data, for the map's exports: every class with its words, the as-of date. */
export function treatyLegend(k: TreatyKey, t: Translate, lang: Lang) {
  const items: ExportLegendItem[] = TREATY_CLASSES.map((c) => ({
    label: keyLabel(c, t),
    colour: treatyFill(c),
  }));
  return {
    title: `${treatyKeyTitle(k, t)} · ${t('treaty.asOf', { date: formatDate(k.asOf, lang) })}`,
    items,
  };
}

/** The key of the map coloured by a treaty: which treaty, at the end of which year, as of which WIPO
 * records; each class in words beside its swatch (the hatch for a regional body's coverage), the dark
 * outline of the countries the activities reached, then the cities' switch of the activity key. */
export function TreatyLegend({
  k,
  failed = false,
  children,
  fold,
}: {
  k: TreatyKey | null;
  /** the records failed: the key says so in its children, and not that they are loading */
  failed?: boolean;
  children?: React.ReactNode;
  /** on the dashboard, the key can be folded away (a slide's cannot) */
  fold?: Fold;
}) {
  const { lang, t } = useLocale();
  return (
    <div className="legend treaty-legend" data-foldable={fold ? '' : undefined} data-folded={fold?.folded || undefined}>
      {fold && <KeyFold {...fold} />}
      {k === null ? (
        !failed && <p className="legend-title">{t('treaty.loading')}</p>
      ) : (
        <>
          <h3 className="legend-title">
            <span className="visually-hidden">{t('map.legend')}: </span>
            {treatyKeyTitle(k, t)}
          </h3>
          <p className="legend-asof">{t('treaty.asOf', { date: formatDate(k.asOf, lang) })}</p>
          <ul>
            {TREATY_CLASSES.map((c) => (
              <li key={c} data-class={c}>
                <svg className="swatch" aria-hidden="true" viewBox="0 0 14 14">
                  <rect width="14" height="14" fill={treatyFill(c)} />
                </svg>
                {keyLabel(c, t)}
              </li>
            ))}
            <li>
              <svg className="swatch swatch-outline" aria-hidden="true" viewBox="0 0 14 14">
                <rect x="1" y="1" width="12" height="12" fill="#fff" stroke={OUTLINES.reached.color} strokeWidth="2" />
              </svg>
              {t('treaty.reached')}
            </li>
          </ul>
        </>
      )}
      {children}
    </div>
  );
}
