// Chart numbers through Intl: money in the scale each language reads it in (yen in billions / 億円,
// Swiss francs in millions / 万CHF), counts as plain grouped numbers. The axis label (in the message
// catalogues, timeline.axis.*) names the scale that `formatAxis` divides by.
import { localeTag as tag, numberFormat } from './intlCache';
import type { Series } from '../domain/types';
import type { Lang } from '../state/urlState';
import { formatNumber } from './format';

/** What a money value is divided by. Japanese counts francs in 万 (10⁴) and, from 1億 (10⁸) up, in 億. */
export function moneyScale(unit: Series['unit'], lang: Lang, n = 0): number {
  if (unit === 'JPY') return lang === 'ja' ? 1e8 : 1e9;
  if (unit === 'CHF' || unit === 'USD') return lang === 'ja' ? (Math.abs(n) >= 1e8 ? 1e8 : 1e4) : 1e6;
  return 1;
}

/** Does an axis up to `max` count in the large Japanese unit (億CHF rather than 万CHF)? */
export const isLargeScale = (unit: Series['unit'], lang: Lang, max: number) =>
  unit !== 'JPY' && moneyScale(unit, lang, max) === 1e8;

const scaled = (n: number, lang: Lang) =>
  numberFormat(tag(lang), { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 1 }).format(n);

/** A full value: "¥0.65 billion" / "6.53億円", "CHF 4.66 million" / "466万CHF", "1,667". */
export function formatValue(n: number, unit: Series['unit'], lang: Lang): string {
  const scale = moneyScale(unit, lang, n);
  const s = scaled(n / scale, lang);
  const jaUnit = scale === 1e8 ? '億' : '万';
  if (unit === 'JPY') return lang === 'ja' ? `${s}億円` : `¥${s} billion`;
  if (unit === 'CHF') return lang === 'ja' ? `${s}${jaUnit}CHF` : `CHF ${s} million`;
  if (unit === 'USD') return lang === 'ja' ? `${s}${jaUnit}ドル` : `US$${s} million`;
  return formatNumber(n, lang);
}

/** An axis tick: the number alone, in the scale of the axis (chosen from its top value, `max`). */
export const formatAxis = (n: number, unit: Series['unit'], lang: Lang, max: number): string =>
  scaled(n / moneyScale(unit, lang, max), lang);

/** A count with at most one decimal (for paces such as "12.5 a month"). */
export const formatRate = (n: number, lang: Lang): string =>
  numberFormat(tag(lang), { maximumFractionDigits: 1 }).format(n);
