// What the viewer sees lives in the query string. parse() never throws: junk becomes the default.
// serialise() leaves defaults out, so the plain URL is the default view.

import {
  CHARTS,
  GROUP_ID,
  ISO3,
  isOneOf,
  MEASURES,
  PARTNERS,
  SLUG,
  YEAR_MAX,
  YEAR_MIN,
  type ChartId,
  type Measure,
} from '../domain/values';
import type { Filters } from '../domain/filter';

/** The languages of the interface. */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** The filters as the URL gives them: a missing year means the earliest / latest in the data. */
export interface ViewState extends Omit<Filters, 'from' | 'to'> {
  from: number | null;
  to: number | null;
  country: string | null;
  measure: Measure;
  chart: ChartId;
  /** null = follow the browser */
  lang: Lang | null;
  /** 1-based slide of the briefing story; null = dashboard */
  slide: number | null;
  /** a shared briefing story: base64url JSON, decoded and validated by src/data/story.ts; null = none */
  story: string | null;
  /** this window is briefing mode's presenter window (notes, next slide, clock) */
  presenter: boolean;
}

export const DEFAULT_STATE: ViewState = {
  from: null,
  to: null,
  programmes: [],
  types: [],
  partner: null,
  group: null,
  basis: 'calendar',
  context: false,
  country: null,
  measure: 'activities',
  chart: 'activities',
  lang: null,
  slide: null,
  story: null,
  presenter: false,
};

function year(v: string | null): number | null {
  if (v === null || !/^\d{4}$/.test(v)) return null;
  const n = Number(v);
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

function list(v: string | null, re: RegExp): string[] {
  if (!v) return [];
  return [...new Set(v.split(',').filter((s) => re.test(s)))].slice(0, 50).sort();
}

const oneOf = <T extends string>(v: string | null | undefined, allowed: readonly T[]): T | null =>
  isOneOf(allowed, v) ? v : null;

// Only the alphabet is checked here: decoding and the schema live at the data boundary (src/data/story.ts).
const STORY = /^(?:[a-z]\d{1,3}\.)?[A-Za-z0-9_-]{1,200000}$/;

export function parse(search: string): ViewState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return DEFAULT_STATE;
  }
  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const country = p.get('country')?.toUpperCase() ?? null;
  const group = p.get('group');
  const slide = p.get('slide');
  const story = p.get('story');
  return {
    from,
    to,
    programmes: list(p.get('prog'), SLUG),
    types: list(p.get('type'), SLUG),
    partner: oneOf(p.get('partner')?.toUpperCase(), PARTNERS),
    group: group && GROUP_ID.test(group) ? group : null,
    basis: p.get('fy') === '1' ? 'jp-fiscal' : 'calendar',
    context: p.get('context') === '1',
    country: country && ISO3.test(country) ? country : null,
    measure: oneOf(p.get('measure'), MEASURES) ?? DEFAULT_STATE.measure,
    chart: oneOf(p.get('chart'), CHARTS) ?? DEFAULT_STATE.chart,
    lang: oneOf(p.get('lang'), LANGS),
    slide: slide && /^\d{1,3}$/.test(slide) && Number(slide) >= 1 ? Number(slide) : null,
    story: story && STORY.test(story) ? story : null,
    presenter: p.get('presenter') === '1',
  };
}

/** The query string (with its leading "?", or "" for the default view). Keys in a fixed order. */
export function serialise(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  if (s.programmes.length) p.set('prog', [...s.programmes].sort().join(','));
  if (s.types.length) p.set('type', [...s.types].sort().join(','));
  if (s.partner) p.set('partner', s.partner);
  if (s.group) p.set('group', s.group);
  if (s.basis === 'jp-fiscal') p.set('fy', '1');
  if (s.context) p.set('context', '1');
  if (s.country) p.set('country', s.country);
  if (s.measure !== DEFAULT_STATE.measure) p.set('measure', s.measure);
  if (s.chart !== DEFAULT_STATE.chart) p.set('chart', s.chart);
  if (s.lang) p.set('lang', s.lang);
  if (s.slide !== null) p.set('slide', String(s.slide));
  if (s.story !== null) p.set('story', s.story);
  if (s.presenter) p.set('presenter', '1');
  const q = p.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
