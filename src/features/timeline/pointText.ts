// Words for one figure, shared by the tooltips and the tables so both say exactly the same thing.
import type { Placed } from '../../domain/series';
import type { Series, SeriesPoint, Source } from '../../domain/types';
import { citedDate, formatDate, publisherName } from '../../i18n/format';
import { formatValue } from '../../i18n/formatChart';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';

/** "about ¥11 billion", "100万CHF超"; an estimate or a conversion says so: "about ¥700 million, a press
 * estimate" (the same words as the slides). */
export function qualified(p: SeriesPoint, unit: Series['unit'], lang: Lang, t: Translate): string {
  const v = formatValue(p.value, unit, lang);
  const q = p.qualifier ? t(`timeline.q.${p.qualifier}`, { v }) : v;
  return p.basis === 'press-estimate' || p.basis === 'converted' ? t(`briefing.basis.${p.basis}`, { v: q }) : q;
}

/** The date as precise as the source: "June 2022", "FY2021" / "2021年度". */
export const pointDate = (p: SeriesPoint, lang: Lang) => formatDate(p.date, lang, p.yearBasis === 'jp-fiscal');

/** What else the reader must know about a figure: its kind and whether it is derived, moved or disputed. */
export function pointFlags(pl: Placed, t: Translate): string[] {
  const flags = [t(`timeline.kind.${pl.point.kind}`)];
  if (pl.point.derived) flags.push(t('timeline.flag.derived'));
  if (pl.shifted)
    flags.push(t(pl.point.yearBasis === 'jp-fiscal' ? 'timeline.flag.shiftedFy' : 'timeline.flag.shiftedCal'));
  if (pl.conflict) flags.push(t('timeline.flag.conflict'));
  return flags;
}

/** "JPO, 1 April 2025". */
export function sourceShort(s: Source | undefined, lang: Lang, t: Translate): string {
  if (!s) return '';
  return `${publisherName(s, lang)}${citedDate(s.date === 'undated' ? t('timeline.undated') : formatDate(s.date, lang), lang)}`;
}
