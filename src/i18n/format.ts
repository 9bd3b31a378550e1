// Numbers, money and dates through Intl for the active locale. No formatting by hand elsewhere.
import { dateFormat, listFormat, localeTag as tag, numberFormat } from './intlCache';
import type { Lang } from '../state/urlState';
import type { CountryProps, Figure, Source } from '../domain/types';
import { plural, type Translate } from './messages';

/** A source's publisher in the active language: its official Japanese name where the data records one. */
export const publisherName = (s: Pick<Source, 'publisher' | 'publisher_ja'>, lang: Lang): string =>
  lang === 'ja' ? (s.publisher_ja ?? s.publisher) : s.publisher;

/** The language a publisher's name is written in, for the `lang` attribute around it. */
export const publisherLang = (s: Pick<Source, 'publisher' | 'publisher_ja'>, lang: Lang): Lang =>
  lang === 'ja' && s.publisher_ja ? 'ja' : 'en';

export const formatNumber = (n: number, lang: Lang) => numberFormat(tag(lang)).format(n);

/** A country's name in the active language (both come with the geometry). */
export const countryName = (p: Pick<CountryProps, 'name_en' | 'name_ja'>, lang: Lang): string =>
  lang === 'ja' ? p.name_ja : p.name_en;

/**
 * A documented figure in words: "more than 300 participants", "1 expert"; "参加者300人超", "専門家1人".
 * A kind's message places {n}, the number with its qualifier, and {over}, where Japanese puts 超.
 */
export function formatFigure(f: Pick<Figure, 'kind' | 'value' | 'qualifier'>, lang: Lang, t: Translate): string {
  const num = formatNumber(f.value, lang);
  const n = f.qualifier ? t(`qualifier.${f.qualifier}`, { n: num }) : num;
  const over = f.qualifier === 'more-than' ? t('figure.over') : '';
  return t(plural(`figure.${f.kind}`, f.value, lang), { n, over });
}

/** Words in a row, not prose: "budget, budget request"; "予算額、概算要求額" (no "and"; and no locale data
 * loaded, which the first Intl.ListFormat of a page does). */
export const joinWords = (parts: readonly string[], lang: Lang) => parts.join(lang === 'ja' ? '、' : ', ');

/** A note in brackets after a name, in the language's own form: " (actual)", or "（実績）" with no space. */
export const bracketed = (note: string, lang: Lang) => (lang === 'ja' ? `（${note}）` : ` (${note})`);

/** A remark after a figure: " — none under the current filters", or 「、現在の条件では該当なし」 (no dash in Japanese). */
export const remark = (note: string, lang: Lang) => (lang === 'ja' ? `、${note}` : ` — ${note}`);

/** What ends a label before its value: ": ", or the full-width "：" with no space. */
export const colon = (lang: Lang) => (lang === 'ja' ? '：' : ': ');

/** A label before its value: "Place: ", or "場所：". */
export const labelled = (label: string, lang: Lang) => `${label}${colon(lang)}`;

/** A source cited with its date: "JPO, 1 April 2025", or 「特許庁（2025年4月1日）」 as Japanese cites it. */
export const citedDate = (date: string, lang: Lang) => (lang === 'ja' ? `（${date}）` : `, ${date}`);

/** The mark between items that may hold commas of their own (sources, a year's changes): "JPO, 1 April
 * 2025; WIPO, 2010", or 「特許庁（2025年4月1日）、WIPO（2010年）」. */
export const itemSeparator = (lang: Lang) => (lang === 'ja' ? '、' : '; ');

/** "ARIPO and COMESA"; "ARIPO、COMESA". */
export const formatList = (items: string[], lang: Lang) => listFormat(tag(lang)).format(items);

/** "1 activity", "3 activities"; "3件". */
export const countActivities = (n: number, lang: Lang, t: Translate) =>
  t(plural('count.activities', n, lang), { n: formatNumber(n, lang) });

/** Builds the number formatter ahead of need. The first Intl formatter of a page loads the locale's
 * data, which is slow on a slow phone: done while the app waits for its files, it
 * is a short task of its own instead of a share of the long one that first shows the figures. */
export const warmFormatters = (lang: Lang) => void numberFormat(tag(lang));

/** An amount in compact form: in Japanese in 億 (10⁸) or 万 (10⁴) with the currency after it. */
function formatCompact(n: number, currency: 'JPY' | 'CHF', lang: Lang): string {
  if (lang === 'ja') {
    const unit = currency === 'JPY' ? '円' : 'CHF';
    if (Math.abs(n) >= 1e8) return `${numberFormat('ja-JP', { maximumFractionDigits: 2 }).format(n / 1e8)}億${unit}`;
    return `${numberFormat('ja-JP', { maximumFractionDigits: 1 }).format(n / 1e4)}万${unit}`;
  }
  return numberFormat('en-GB', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(
    n,
  );
}

/** 11,000,000,000 → "¥11 billion" / "110億円". */
export const formatYen = (n: number, lang: Lang): string => formatCompact(n, 'JPY', lang);

/** 100,000,000 → "CHF 100M" / "1億CHF". */
export const formatChf = (n: number, lang: Lang): string => formatCompact(n, 'CHF', lang);

/** A partial date as precise as it is: "2024", "June 2024" / "2024年6月", "6 June 2024"; FY as 2023年度. */
export function formatDate(d: string, lang: Lang, fiscal = false): string {
  const [y, m, day] = d.split('-').map(Number);
  if (m === undefined) return fiscal ? (lang === 'ja' ? `${y}年度` : `FY${y}`) : lang === 'ja' ? `${y}年` : String(y);
  const date = new Date(Date.UTC(y ?? 0, m - 1, day ?? 1));
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (day !== undefined) opts.day = 'numeric';
  return dateFormat(tag(lang), opts).format(date);
}

/** ¥11 billion / 110億円: sentences spell out the magnitude instead of Intl's terse "JP¥11bn". */
export function formatMoneyWords(value: number, currency: 'JPY' | 'CHF' | 'USD', lang: Lang): string {
  if (lang === 'ja') {
    if (currency === 'JPY') return formatYen(value, lang);
    if (currency === 'CHF') return formatChf(value, lang);
  }
  const words = numberFormat(tag(lang), {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(value);
  return `${currency === 'JPY' ? '¥' : currency === 'USD' ? 'US$' : 'CHF '}${words}`;
}
