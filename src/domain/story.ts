// A briefing story as a document: its format, the story shipped with the app, the views its slides
// hold, editing, and the compact form a shared link carries. What a slide says is in slideFacts.ts;
// moving between slides is in slideNavigation.ts.
import type { Partner, YearBasis } from './types';
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
  'treaties',
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

/** Does the slide show the map as its visual (no chart of its own chosen)? */
export const showsMap = (slide: Slide): boolean => (slide.view.chart ?? 'activities') === 'activities';

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
