// Words for the slides: the domain returns sentences as message keys and typed values; here they become
// text in the active language, numbers through Intl, counters and qualifiers from the catalogue.
import type { Sentence, Unit, Value } from '../../domain/sentence';
import type { SlideFacts } from '../../domain/slideFacts';
import type { FullView, Slide, SlideView } from '../../domain/story';
import type { Dataset, Localized, PointBasis, Series, SeriesPoint } from '../../domain/types';
import { bracketed, formatDate, formatMoneyWords, formatNumber } from '../../i18n/format';
import { messageParts, plural, type Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import { treatyOfMeasure } from '../../domain/values';

/** The source line under a slide: a treaty slide names WIPO's treaty pages too. */
export const sourceLine = (slide: Slide | null | undefined, c: Pick<TextContext, 't'>): string =>
  c.t(slide?.topic === 'treaties' ? 'briefing.sourceLine.treaties' : 'briefing.sourceLine');

export interface TextContext {
  t: Translate;
  lang: Lang;
  data: Dataset;
  countryName: (iso3: string) => string;
}

export const local = (l: Localized, lang: Lang) => (lang === 'ja' ? (l.ja ?? l.en) : l.en);

/** An estimate or a conversion says so wherever it is quoted ("about ¥700 million, a press estimate"). */
const saysBasis = (b: PointBasis | undefined): b is 'press-estimate' | 'converted' =>
  b === 'press-estimate' || b === 'converted';

export function formatValue(v: Value, c: TextContext): string {
  switch (v.kind) {
    case 'number': {
      const n = formatNumber(v.value, c.lang);
      // A qualified count ("about 1", "more than 1") takes the plural form.
      const worded = v.unit
        ? c.t(v.qualifier ? `briefing.unit.${v.unit}` : plural(`briefing.unit.${v.unit}`, v.value, c.lang), { n })
        : n;
      return v.qualifier ? c.t(`briefing.q.${v.qualifier}`, { v: worded }) : worded;
    }
    case 'money': {
      const m = formatMoneyWords(v.value, v.currency, c.lang);
      const q = v.qualifier ? c.t(`briefing.q.${v.qualifier}`, { v: m }) : m;
      return saysBasis(v.basis) ? c.t(`briefing.basis.${v.basis}`, { v: q }) : q;
    }
    case 'date':
      return formatDate(v.value, c.lang, v.fiscal);
    case 'country':
      return c.countryName(v.iso3);
    case 'text':
      return local(v.value, c.lang);
  }
}

/** Numbers, amounts and dates are short: a Japanese line keeps them whole. Names, and an amount that
 * carries its basis in words ("約7億円（報道による見込額）"), are long enough to need to wrap. */
const keptWhole = (v: Value) => v.kind === 'number' || v.kind === 'date' || (v.kind === 'money' && !saysBasis(v.basis));

/** A slide's sentence in parts (messageParts): the figures a Japanese screen keeps whole on a line
 * (keptWhole), between the sentence's own words. */
export function sentenceParts(s: Sentence, c: TextContext): string[] {
  const words: Record<string, string> = {};
  const figures: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.vars)) (keptWhole(v) ? figures : words)[k] = formatValue(v, c);
  const parts = messageParts(c.t, `briefing.sentence.${s.key}`, words, figures);
  // A value can open the sentence ("more than 1,800 people have trained…"): English capitalises it.
  const first = parts.findIndex((p) => p !== '');
  const opening = parts[first];
  if (c.lang === 'en' && opening) parts[first] = opening.charAt(0).toUpperCase() + opening.slice(1);
  return parts;
}

export const sentenceText = (s: Sentence, c: TextContext): string => sentenceParts(s, c).join('');

/** A short description of a view, for custom slides and export subtitles: "TISC · Zimbabwe · 2015–2024". */
export function describeView(view: SlideView | FullView, c: TextContext): string {
  const parts: string[] = [];
  const programmes = new Map(c.data.programmes.map((p) => [p.id, p]));
  const types = new Map(c.data.programmes.flatMap((p) => p.types.map((t) => [t.id, t] as const)));
  const names = [
    ...(view.programmes ?? []).map((id) => (programmes.get(id) ? local(programmes.get(id)!.name, c.lang) : id)),
    ...(view.types ?? []).map((id) => (types.get(id) ? local(types.get(id)!.name, c.lang) : id)),
  ];
  parts.push(names.length ? names.join(' / ') : c.t('briefing.view.all'));
  if (view.partner) parts.push(c.t('briefing.view.partner', { partner: view.partner }));
  const group = view.group ? c.data.groups.find((g) => g.id === view.group) : undefined;
  if (group) parts.push(local(group.name, c.lang));
  if (view.country) parts.push(c.countryName(view.country));
  const fiscal = view.basis === 'jp-fiscal';
  if (view.from != null || view.to != null) {
    const y = (n: number | null | undefined) => (n == null ? '…' : formatDate(String(n), c.lang, fiscal));
    // One year reads as "2023" here as in the filters, never "2023–2023".
    if (view.from != null && view.from === view.to) parts.push(c.t('briefing.view.year', { year: y(view.from) }));
    else parts.push(c.t('briefing.view.years', { from: y(view.from), to: y(view.to) }));
  } else if (fiscal) parts.push(c.t('briefing.view.fiscal'));
  return parts.join(' · ');
}

export function slideTitle(slide: Slide, c: TextContext): string {
  if (slide.title) return slide.title;
  if (slide.topic === 'custom') return describeView(slide.view, c);
  if (slide.topic === 'treaties') {
    const treaty = treatyOfMeasure(slide.view.measure ?? 'activities') ?? 'madrid';
    return c.t('briefing.topic.treaties', { treaty: c.t(`treaty.short.${treaty}`) });
  }
  if (slide.topic === 'country') {
    return c.t('briefing.topic.country', { country: slide.view.country ? c.countryName(slide.view.country) : '—' });
  }
  return c.t(`briefing.topic.${slide.topic}`);
}

const UNITS: Partial<Record<Series['unit'], Unit>> = {
  people: 'people',
  experts: 'experts',
  countries: 'countries',
  centres: 'centres',
  enterprises: 'enterprises',
};

function pointValue(s: Series, p: SeriesPoint): Value {
  if (s.unit === 'JPY' || s.unit === 'CHF' || s.unit === 'USD')
    return { kind: 'money', currency: s.unit, value: p.value, qualifier: p.qualifier, basis: p.basis };
  return { kind: 'number', value: p.value, unit: UNITS[s.unit], qualifier: p.qualifier };
}

/** A figure quoted on a slide, for the presenter: "Trainees: more than 1,800 people (2023) — note". */
export function quotedText({ series, point }: SlideFacts['quoted'][number], c: TextContext): string {
  const when = formatDate(point.date, c.lang, point.yearBasis === 'jp-fiscal');
  const note = point.note ? ` — ${point.note}` : '';
  return `${local(series.title, c.lang)}: ${formatValue(pointValue(series, point), c)}${bracketed(when, c.lang)}${note}`;
}
