// Briefing mode without React: the story format, the default story, slide navigation, the keys a
// presenter (or a presentation clicker) sends, story editing, and the key sentences of each slide,
// computed from the data. Sentences are returned as message keys plus typed values, so the words come
// from the message catalogues and the numbers from Intl (features/briefing formats them).
import { activitiesFor, type CountryStats } from './aggregate';
import type { Headline } from './headline';
import { typesOfChart } from './programmes';
import { startYear } from './dates';
import type {
  Activity,
  Conflict,
  Dataset,
  Localized,
  Partner,
  PartialDate,
  Qualifier,
  Series,
  SeriesPoint,
  YearBasis,
} from './types';
import type { ChartId, Measure } from './values';

/** A saved dashboard view. A field left out means its default, so a slide never inherits filters. */
export interface SlideView {
  from?: number | null;
  to?: number | null;
  programmes?: string[];
  types?: string[];
  partner?: Partner | null;
  group?: string | null;
  basis?: YearBasis;
  country?: string | null;
  measure?: Measure;
  chart?: ChartId;
}

export const VIEW_KEYS = [
  'from',
  'to',
  'programmes',
  'types',
  'partner',
  'group',
  'basis',
  'country',
  'measure',
  'chart',
] as const;
export type FullView = Required<SlideView>;

export const TOPICS = [
  'overview',
  'contributions',
  'experts',
  'tisc',
  'sme',
  'human-resources',
  'digital',
  'jica',
  'country',
  'custom',
] as const;
/** What a slide is about: built-in topics generate their title, sentences and notes; `custom` describes its view. */
export type Topic = (typeof TOPICS)[number];

export interface Slide {
  topic: Topic;
  view: SlideView;
  /** the presenter's own title and speaker notes; without them the slide generates its own */
  title?: string;
  notes?: string;
}

export interface Story {
  version: 1;
  title?: string;
  slides: Slide[];
}

export const MAX_SLIDES = 50;

/** The story shipped with the app: one slide per strand of the cooperation, then one country. */
export const DEFAULT_STORY: Story = {
  version: 1,
  slides: [
    { topic: 'overview', view: {} },
    { topic: 'contributions', view: { chart: 'contribution' } },
    { topic: 'experts', view: { programmes: ['expert-dispatch'], chart: 'experts' } },
    { topic: 'tisc', view: { types: ['tisc'], chart: 'tisc' } },
    { topic: 'sme', view: { types: ['sme-support'], chart: 'sme' } },
    { topic: 'human-resources', view: { programmes: ['human-resources'], chart: 'people' } },
    { topic: 'digital', view: { programmes: ['digital-innovation'] } },
    { topic: 'jica', view: { partner: 'JICA', chart: 'experts', measure: 'first-year' } },
    { topic: 'country', view: { country: 'ZWE' } },
  ],
};

// ── Navigation ────────────────────────────────────────────────────────────────────────────────

export type SlideAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'notes';

// Presentation clickers send Page Up / Page Down (some send arrows); space is what most decks use.
const KEYS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  n: 'notes',
  N: 'notes',
};

export function keyAction(key: string): SlideAction | null {
  return KEYS[key] ?? null;
}

/** 1-based slide number within 1..count (a deep link to slide 40 of 9 shows slide 9). */
export function clampSlide(n: number, count: number): number {
  if (count < 1) return 1;
  if (!Number.isFinite(n)) return 1;
  return Math.min(count, Math.max(1, Math.trunc(n)));
}

export function step(current: number, action: 'next' | 'prev' | 'first' | 'last', count: number): number {
  const n = clampSlide(current, count);
  if (action === 'first') return 1;
  if (action === 'last') return clampSlide(count, count);
  return clampSlide(action === 'next' ? n + 1 : n - 1, count);
}

// ── Views and story editing ───────────────────────────────────────────────────────────────────

/** Every view field, the ones the slide leaves out set to their default. */
export function expandView(view: SlideView, defaults: FullView): FullView {
  const out = { ...defaults };
  for (const k of VIEW_KEYS) if (view[k] !== undefined) Object.assign(out, { [k]: view[k] });
  return out;
}

/** The view fields of a dashboard state that differ from the defaults: what "add this view" saves. */
export function viewOf(state: FullView, defaults: FullView): SlideView {
  const out: SlideView = {};
  for (const k of VIEW_KEYS) {
    if (JSON.stringify(state[k]) !== JSON.stringify(defaults[k])) Object.assign(out, { [k]: state[k] });
  }
  return out;
}

export function addSlide(story: Story, slide: Slide): Story {
  if (story.slides.length >= MAX_SLIDES) return story;
  return { ...story, slides: [...story.slides, slide] };
}

export function removeSlide(story: Story, index: number): Story {
  return { ...story, slides: story.slides.filter((_, i) => i !== index) };
}

export function moveSlide(story: Story, index: number, delta: -1 | 1): Story {
  const to = index + delta;
  if (index < 0 || index >= story.slides.length || to < 0 || to >= story.slides.length) return story;
  const slides = [...story.slides];
  [slides[index], slides[to]] = [slides[to] as Slide, slides[index] as Slide];
  return { ...story, slides };
}

export function updateSlide(story: Story, index: number, patch: Partial<Pick<Slide, 'title' | 'notes'>>): Story {
  return { ...story, slides: story.slides.map((s, i) => (i === index ? dropEmpty({ ...s, ...patch }) : s)) };
}

function dropEmpty(s: Slide): Slide {
  const out = { ...s };
  if (!out.title?.trim()) delete out.title;
  if (!out.notes?.trim()) delete out.notes;
  return out;
}

// ── Sharing in the URL: compact JSON, UTF-8, base64url (no padding) ───────────────────────────

export function encodeStory(story: Story): string {
  const bytes = new TextEncoder().encode(JSON.stringify(story));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON text inside a `story` URL parameter, or null when it is not base64url UTF-8. */
export function decodeStoryText(param: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(param)) return null;
  try {
    const bin = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

// ── Key sentences from the data ───────────────────────────────────────────────────────────────

/** What a count counts: the catalogue words it ("100 countries" / "100か国"), plural and qualifier included. */
export type Unit =
  'countries' | 'experts' | 'centres' | 'enterprises' | 'people' | 'activities' | 'events' | 'programmes';

export type Value =
  | { kind: 'number'; value: number; unit?: Unit; qualifier?: Qualifier }
  | { kind: 'money'; currency: 'JPY' | 'CHF' | 'USD'; value: number; qualifier?: Qualifier }
  | { kind: 'date'; value: PartialDate; fiscal: boolean }
  | { kind: 'country'; iso3: string }
  | { kind: 'text'; value: Localized };

export type SentenceKey =
  | 'since'
  | 'countriesStated'
  | 'reach'
  | 'firstContribution'
  | 'latestAnnual'
  | 'cumulativeChf'
  | 'expertsStated'
  | 'expertsCountries'
  | 'tiscStated'
  | 'tiscCountries'
  | 'smeTarget'
  | 'smeDocumented'
  | 'trainees'
  | 'graduates'
  | 'activities'
  | 'topType'
  | 'longTermExperts'
  | 'countryActivities'
  | 'countryProgrammes'
  | 'empty';

export interface Sentence {
  key: SentenceKey;
  vars: Record<string, Value>;
}

/** What the sentences of one slide are computed from: the data, and the dashboard under the slide's view. */
export interface SlideInput {
  data: Dataset;
  filtered: Activity[];
  stats: Map<string, CountryStats>;
  headline: Headline;
  basis: YearBasis;
  country: string | null;
}

export interface SlideFacts {
  sentences: Sentence[];
  /** the series points quoted, so the speaker notes can name their source, date and caveats */
  quoted: { series: Series; point: SeriesPoint }[];
  /** conflicts between sources about a quoted series: the presenter should know */
  conflicts: Conflict[];
}

type Found = { series: Series; point: SeriesPoint } | null;

/** The latest point of the given kinds among the series that match (the most recent statement wins). */
export function latestPoint(series: Series[], match: (s: Series) => boolean, kinds: SeriesPoint['kind'][]): Found {
  let best: Found = null;
  for (const s of series) {
    if (!match(s)) continue;
    for (const p of s.points) {
      if (kinds.includes(p.kind) && (!best || p.date >= best.point.date)) best = { series: s, point: p };
    }
  }
  return best;
}

export function earliestPoint(series: Series[], match: (s: Series) => boolean, kinds: SeriesPoint['kind'][]): Found {
  let best: Found = null;
  for (const s of series) {
    if (!match(s)) continue;
    for (const p of s.points)
      if (kinds.includes(p.kind) && (!best || p.date < best.point.date)) best = { series: s, point: p };
  }
  return best;
}

/** The series each sentence quotes, by id in data/series.json. Figures are never written here: they are
 * read from these series, and a series that is missing (or renamed) only drops its sentence. */
export const SERIES = {
  cumulativeJpy: 'contribution-jpy-cumulative',
  annualJpy: 'contribution-jpy-annual',
  cumulativeChf: 'contribution-chf-cumulative',
  countries: 'fund-countries-supported',
  experts: 'experts-dispatched',
  expertCountries: 'expert-countries',
  tisc: 'tisc-centres',
  tiscCountries: 'tisc-countries',
  smeTargets: 'sme-targets',
  trainees: 'trainees',
  graduates: 'mip-graduates',
} as const;

const seriesId = (x: string) => (s: Series) => s.id === x;
const CUMULATIVE: SeriesPoint['kind'][] = ['cumulative'];

const num = (p: SeriesPoint, unit: Unit): Value => ({ kind: 'number', value: p.value, unit, qualifier: p.qualifier });
const money = (p: SeriesPoint, currency: 'JPY' | 'CHF' | 'USD'): Value => ({
  kind: 'money',
  currency,
  value: p.value,
  qualifier: p.qualifier,
});
const asOf = (p: SeriesPoint): Value => ({ kind: 'date', value: p.date, fiscal: p.yearBasis === 'jp-fiscal' });
const year = (y: number, basis: YearBasis): Value => ({
  kind: 'date',
  value: String(y),
  fiscal: basis === 'jp-fiscal',
});
const count = (n: number, unit: Unit): Value => ({ kind: 'number', value: n, unit });

/** The two or three sentences of a slide, every figure taken from the data (nothing hard-coded). */
export function slideFacts(slide: Slide, input: SlideInput): SlideFacts {
  const quoted: { series: Series; point: SeriesPoint }[] = [];
  const s = input.data.series;
  const quote = (f: Found) => {
    if (f) quoted.push(f);
    return f;
  };
  const out: Sentence[] = [];
  const add = (key: SentenceKey, vars: Record<string, Value>) => out.push({ key, vars });

  const activities = () => {
    const h = input.headline;
    if (h.activities === 0 || h.firstYear === null || h.lastYear === null) return add('empty', {});
    add('activities', {
      n: count(h.activities, 'activities'),
      countries: count(h.countries, 'countries'),
      first: year(h.firstYear, input.basis),
      last: year(h.lastYear, input.basis),
    });
  };
  const topType = (among: Activity[] = input.filtered) => {
    const t = mostCommonType(among, input.data);
    if (t) add('topType', { type: { kind: 'text', value: t.name }, n: count(t.n, 'activities') });
  };
  // "more than 400 experts (in 39 countries) by April 2022": the country count only when stated the same day.
  const stated = (
    f: NonNullable<Found>,
    key: SentenceKey,
    withCountries: SentenceKey,
    name: 'experts' | 'centres',
    countriesId: string,
  ) => {
    const c = latestPoint(s, seriesId(countriesId), CUMULATIVE);
    if (c && c.point.date === f.point.date) {
      quoted.push(c);
      add(withCountries, { [name]: num(f.point, name), countries: num(c.point, 'countries'), asOf: asOf(f.point) });
    } else add(key, { [name]: num(f.point, name), asOf: asOf(f.point) });
  };

  switch (slide.topic) {
    case 'overview': {
      const yen = quote(latestPoint(s, seriesId(SERIES.cumulativeJpy), CUMULATIVE));
      const first = earliestPoint(s, seriesId(SERIES.annualJpy), ['annual', 'budget']);
      const since = first ? Number(first.point.date.slice(0, 4)) : input.headline.firstYear;
      if (yen && since !== null)
        add('since', { first: year(since, 'calendar'), amount: money(yen.point, 'JPY'), asOf: asOf(yen.point) });
      const reached = quote(latestPoint(s, seriesId(SERIES.countries), CUMULATIVE));
      if (reached) add('countriesStated', { countries: num(reached.point, 'countries'), asOf: asOf(reached.point) });
      add('reach', {
        n: count(input.headline.activities, 'activities'),
        countries: count(input.headline.countries, 'countries'),
        via: count(input.headline.viaOnlyCountries, 'countries'),
      });
      break;
    }
    case 'contributions': {
      const first = quote(earliestPoint(s, seriesId(SERIES.annualJpy), ['annual', 'budget']));
      if (first) add('firstContribution', { amount: money(first.point, 'JPY'), date: asOf(first.point) });
      const latest = latestPoint(s, seriesId(SERIES.annualJpy), ['annual', 'budget']);
      if (latest && latest.point !== first?.point) {
        quoted.push(latest);
        add('latestAnnual', { amount: money(latest.point, 'JPY'), date: asOf(latest.point) });
      }
      const chf = quote(latestPoint(s, seriesId(SERIES.cumulativeChf), CUMULATIVE));
      if (chf) add('cumulativeChf', { amount: money(chf.point, 'CHF'), asOf: asOf(chf.point) });
      break;
    }
    case 'experts': {
      const e = quote(latestPoint(s, seriesId(SERIES.experts), CUMULATIVE));
      if (e) stated(e, 'expertsStated', 'expertsCountries', 'experts', SERIES.expertCountries);
      activities();
      topType();
      break;
    }
    case 'tisc': {
      const c = quote(latestPoint(s, seriesId(SERIES.tisc), CUMULATIVE));
      if (c) stated(c, 'tiscStated', 'tiscCountries', 'centres', SERIES.tiscCountries);
      activities();
      break;
    }
    case 'sme': {
      const targets = s
        .filter(seriesId(SERIES.smeTargets))
        .flatMap((x) => x.points.filter((p) => p.kind === 'target').map((p) => ({ series: x, point: p })))
        .sort((a, b) => a.point.value - b.point.value);
      const [near, far] = [targets[0], targets[targets.length - 1]];
      if (near && far && near !== far) {
        quoted.push(near, far);
        add('smeTarget', {
          near: num(near.point, 'enterprises'),
          by: asOf(near.point),
          total: num(far.point, 'enterprises'),
        });
      }
      const documented = figureSum(input.filtered, 'enterprises');
      if (documented.n > 0) {
        const enterprises: Value = {
          kind: 'number',
          value: documented.sum,
          unit: 'enterprises',
          qualifier: documented.lowerBound ? 'at-least' : undefined,
        };
        add('smeDocumented', { enterprises, events: count(documented.n, 'events') });
      }
      activities();
      break;
    }
    case 'human-resources': {
      const t = quote(latestPoint(s, seriesId(SERIES.trainees), CUMULATIVE));
      if (t) add('trainees', { people: num(t.point, 'people'), asOf: asOf(t.point) });
      const g = quote(latestPoint(s, seriesId(SERIES.graduates), CUMULATIVE));
      if (g) add('graduates', { people: num(g.point, 'people'), asOf: asOf(g.point) });
      activities();
      break;
    }
    case 'jica': {
      // JICA's long-term experts: its activities of the types programmes.json draws in the experts chart.
      const experts = typesOfChart(input.data.programmes, 'experts');
      const lte = input.filtered.filter((a) => a.partner === 'JICA' && experts.includes(a.type));
      const countries = new Set(lte.flatMap((a) => a.countries));
      if (lte.length > 0) {
        const first = Math.min(...lte.map((a) => startYear(a, input.basis)));
        add('longTermExperts', { countries: count(countries.size, 'countries'), first: year(first, input.basis) });
      }
      activities();
      topType();
      break;
    }
    case 'country':
    case 'custom':
      // About one country, every sentence counts that country's activities only.
      if (input.country) topType(countrySentences(input, add));
      else {
        activities();
        topType();
      }
      break;
    case 'digital':
      activities();
      topType();
      break;
  }
  const sentences = out.slice(0, 3);
  const ids = new Set(quoted.map((q) => q.series.id));
  const conflicts = input.data.conflicts.filter((c) => c.concerns.some((id) => ids.has(id)));
  return { sentences, quoted, conflicts };
}

/** Says what the country has under the filters; returns those activities (its own and through its groups). */
function countrySentences(input: SlideInput, add: (key: SentenceKey, vars: Record<string, Value>) => void): Activity[] {
  const iso3 = input.country as string;
  const { direct, via } = activitiesFor(iso3, input.filtered, input.data.groups);
  const country: Value = { kind: 'country', iso3 };
  add('countryActivities', {
    country,
    direct: count(direct.length, 'activities'),
    via: count(via.length, 'activities'),
  });
  const all = [...direct, ...via.map((v) => v.activity)];
  if (all.length > 0) {
    const programmes = new Set(all.map((a) => a.programme));
    const first = Math.min(...all.map((a) => startYear(a, input.basis)));
    add('countryProgrammes', {
      country,
      programmes: count(programmes.size, 'programmes'),
      first: year(first, input.basis),
    });
  }
  return all;
}

/** The activity type with the most activities, with its name (ties: the first in programmes.json). */
export function mostCommonType(activities: Activity[], data: Dataset): { name: Localized; n: number } | null {
  const counts = new Map<string, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  let best: { name: Localized; n: number } | null = null;
  for (const p of data.programmes) {
    for (const t of p.types) {
      const n = counts.get(t.id) ?? 0;
      if (n > 0 && (!best || n > best.n)) best = { name: t.name, n };
    }
  }
  return best;
}

/** The sum of one figure kind over the activities that report it, how many do, and whether any figure was
 * itself a floor ("more than 50"), which makes the sum one too. */
export function figureSum(
  activities: Activity[],
  kind: 'enterprises' | 'participants',
): { sum: number; n: number; lowerBound: boolean } {
  let sum = 0;
  let n = 0;
  let lowerBound = false;
  for (const a of activities) {
    const f = (a.figures ?? []).filter((x) => x.kind === kind);
    if (f.length === 0) continue;
    n += 1;
    sum += f.reduce((t, x) => t + x.value, 0);
    lowerBound ||= f.some((x) => x.qualifier === 'more-than' || x.qualifier === 'at-least');
  }
  return { sum, n, lowerBound };
}
