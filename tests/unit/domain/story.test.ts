import { describe, expect, it } from 'vitest';
import { SERIES } from '../../../src/domain/seriesPoints';
import { slideFacts, type SlideInput } from '../../../src/domain/slideFacts';
import { clampSlide, keyAction, step } from '../../../src/domain/slideNavigation';
import {
  addSlide,
  decodeStoryText,
  DEFAULT_STORY,
  encodeStory,
  expandView,
  MAX_SLIDES,
  moveSlide,
  removeSlide,
  updateSlide,
  viewOf,
  type FullView,
  type Slide,
  type Story,
} from '../../../src/domain/story';
import type { Dataset, Series, SeriesPoint } from '../../../src/domain/types';
import { DEFAULT_STATE, type ViewState } from '../../../src/state/urlState';
import { makeDashboard } from '../../fixtures/dashboard';
import { realData } from '../../fixtures/realData';
import { activity, dataset } from '../../fixtures/factories';

// The dashboard's own defaults, less what a slide does not hold.
const { lang: _lang, slide: _slide, story: _story, ...DEFAULTS } = DEFAULT_STATE;

const point = (date: string, value: number, over: Partial<SeriesPoint> = {}): SeriesPoint => ({
  date,
  yearBasis: 'calendar',
  value,
  kind: 'cumulative',
  basis: over.kind === 'target' ? 'target' : 'actual',
  sources: [{ id: 'src', supports: 'the figure' }],
  ...over,
});
const series = (id: string, unit: Series['unit'], points: SeriesPoint[]): Series => ({
  id,
  unit,
  title: { en: id },
  description: { en: id },
  points,
});

/** What briefing mode hands slideFacts: the dashboard under the slide's view. */
function input(data: Dataset, view: Partial<ViewState> = {}): SlideInput {
  const d = makeDashboard(data, view);
  const { stats, headline } = d;
  const today = '2026-12-06';
  return {
    data,
    filtered: d.selection.activities,
    stats,
    headline,
    basis: d.filters.basis,
    country: d.state.country,
    today,
    measure: d.state.measure,
    to: d.filters.to,
  };
}
const slide = (topic: Slide['topic'], view: Slide['view'] = {}): Slide => ({ topic, view });

describe('keys', () => {
  it('maps arrows, presentation-clicker keys, space, Home, End, Escape and N', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map(keyAction)).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(keyAction)).toEqual(['prev', 'prev', 'prev']);
    expect([keyAction('Home'), keyAction('End'), keyAction('Escape'), keyAction('n'), keyAction('N')]).toEqual([
      'first',
      'last',
      'exit',
      'notes',
      'notes',
    ]);
    expect(keyAction('a')).toBeNull();
    expect(keyAction('Enter')).toBeNull();
  });
});

describe('navigation', () => {
  it('clamps a slide number into the story (a deep link past the end shows the last slide)', () => {
    expect([
      clampSlide(0, 9),
      clampSlide(3, 9),
      clampSlide(40, 9),
      clampSlide(Number.NaN, 9),
      clampSlide(2.7, 9),
    ]).toEqual([1, 3, 9, 1, 2]);
    expect(clampSlide(5, 0)).toBe(1);
  });

  it('steps without running off either end', () => {
    expect(step(1, 'prev', 9)).toBe(1);
    expect(step(1, 'next', 9)).toBe(2);
    expect(step(9, 'next', 9)).toBe(9);
    expect(step(4, 'first', 9)).toBe(1);
    expect(step(4, 'last', 9)).toBe(9);
    expect(step(40, 'prev', 9)).toBe(8);
  });
});

describe('views and editing', () => {
  it('saves only what differs from the defaults, and expands back to every field', () => {
    const state: FullView = { ...DEFAULTS, types: ['tisc'], country: 'ZWE', chart: 'tisc' };
    const view = viewOf(state, DEFAULTS);
    expect(view).toEqual({ types: ['tisc'], country: 'ZWE', chart: 'tisc' });
    expect(expandView(view, DEFAULTS)).toEqual(state);
    // A slide never inherits the filters of the slide before it.
    expect(expandView({}, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('adds, moves, removes and annotates slides without changing the original', () => {
    const story: Story = { version: 1, slides: [slide('overview'), slide('tisc'), slide('sme')] };
    expect(moveSlide(story, 2, -1).slides.map((s) => s.topic)).toEqual(['overview', 'sme', 'tisc']);
    expect(moveSlide(story, 0, -1)).toBe(story);
    expect(moveSlide(story, 2, 1)).toBe(story);
    expect(removeSlide(story, 1).slides.map((s) => s.topic)).toEqual(['overview', 'sme']);
    expect(addSlide(story, slide('custom', { country: 'KEN' })).slides).toHaveLength(4);
    expect(updateSlide(story, 0, { title: 'Welcome', notes: ' ' }).slides[0]).toEqual({
      topic: 'overview',
      view: {},
      title: 'Welcome',
    });
    expect(story.slides.map((s) => s.topic)).toEqual(['overview', 'tisc', 'sme']);
    const full: Story = { version: 1, slides: Array.from({ length: MAX_SLIDES }, () => slide('overview')) };
    expect(addSlide(full, slide('tisc'))).toBe(full);
  });
});

describe('story in the URL', () => {
  it('round-trips through base64url, Japanese included, with only URL-safe characters', () => {
    const story: Story = {
      version: 1,
      title: '説明会',
      slides: [{ topic: 'custom', view: { country: 'ZWE' }, notes: 'ジンバブエ / a+b?' }],
    };
    const param = encodeStory(story);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(decodeStoryText(param) ?? 'null')).toEqual(story);
  });

  it('refuses text that is not base64url UTF-8 instead of throwing', () => {
    expect(decodeStoryText('not base64!')).toBeNull();
    expect(decodeStoryText('_w')).toBeNull(); // 0xFF: not UTF-8
  });
});

describe('sentences from the data', () => {
  const data: Dataset = {
    ...dataset([
      activity({ id: 'a', countries: ['ZWE'], start: '2015' }),
      activity({
        id: 'b',
        countries: ['KEN'],
        start: '2019',
        type: 'sme-support',
        figures: [{ kind: 'enterprises', value: 50, qualifier: 'more-than' }],
      }),
      activity({ id: 'c', countries: [], organisations: ['ARIPO'], start: '2021' }),
    ]),
    series: [
      series(SERIES.annualJpy, 'JPY', [
        point('1987', 30_840_000, { kind: 'annual' }),
        point('2024', 700e6, { kind: 'budget', yearBasis: 'jp-fiscal', qualifier: 'about' }),
      ]),
      series(SERIES.cumulativeJpy, 'JPY', [
        point('2021', 8.5e9, { qualifier: 'about' }),
        point('2024', 11e9, { qualifier: 'about' }),
      ]),
      series(SERIES.countries, 'countries', [
        point('2022', 80, { qualifier: 'more-than' }),
        point('2024', 100, { qualifier: 'more-than' }),
      ]),
      series(SERIES.experts, 'experts', [point('2022-04', 400, { qualifier: 'more-than' })]),
      series(SERIES.expertCountries, 'countries', [point('2022-04', 39)]),
      series(SERIES.smeTargets, 'enterprises', [
        point('2024-02-21', 1000, { kind: 'target' }),
        point('2026-06-27', 627, { kind: 'target' }),
      ]),
    ],
    conflicts: [
      {
        id: 'yen-vs-chf',
        topic: { en: 'Totals' },
        claims: [],
        note: { en: 'differ' },
        concerns: [SERIES.cumulativeJpy],
      },
    ],
  };

  it('opens with the latest cumulative total, its qualifier, the first year and the countries reached', () => {
    const facts = slideFacts(slide('overview'), input(data));
    expect(facts.sentences).toMatchObject([
      {
        key: 'since',
        vars: {
          first: { kind: 'date', value: '1987', fiscal: false },
          amount: { kind: 'money', currency: 'JPY', value: 11e9, qualifier: 'about' },
          asOf: { kind: 'date', value: '2024', fiscal: false },
        },
      },
      {
        key: 'countriesStated',
        vars: {
          countries: { kind: 'number', value: 100, unit: 'countries', qualifier: 'more-than' },
          asOf: { kind: 'date', value: '2024', fiscal: false },
        },
      },
      {
        key: 'reach',
        vars: {
          n: { kind: 'number', value: 3, unit: 'activities' },
          countries: { kind: 'number', value: 2, unit: 'countries' },
          via: { kind: 'number', value: 1, unit: 'countries' },
        },
      },
    ]);
    expect(facts.quoted.map((q) => q.series.id)).toEqual([SERIES.cumulativeJpy, SERIES.countries]);
    expect(facts.conflicts.map((c) => c.id)).toEqual(['yen-vs-chf']);
  });

  it('gives the first and the latest yearly contribution, a fiscal year marked as such', () => {
    const [first, latest] = slideFacts(slide('contributions'), input(data)).sentences;
    expect(first?.vars.amount).toMatchObject({ value: 30_840_000 });
    expect(latest).toMatchObject({
      key: 'latestAnnual',
      vars: { date: { value: '2024', fiscal: true }, amount: { value: 700e6, qualifier: 'about' } },
    });
  });

  it('names the countries with the expert count only when both were stated on the same date', () => {
    const [first] = slideFacts(slide('experts'), input(data)).sentences;
    expect(first).toMatchObject({
      key: 'expertsCountries',
      vars: { experts: { value: 400, qualifier: 'more-than' }, countries: { value: 39 } },
    });
    const later = {
      ...data,
      series: data.series.map((s) =>
        s.id === SERIES.experts ? { ...s, points: [...s.points, point('2023', 400, { qualifier: 'about' })] } : s,
      ),
    };
    expect(slideFacts(slide('experts'), input(later)).sentences[0]).toMatchObject({
      key: 'expertsStated',
      vars: { asOf: { value: '2023' } },
    });
  });

  it('puts the nearer SME target first; without an official count, gives the latest documented lower bound', () => {
    const sentences = slideFacts(slide('sme'), input(data)).sentences;
    expect(sentences[0]).toMatchObject({
      key: 'smeTarget',
      vars: { near: { value: 627 }, by: { value: '2026-06-27' }, total: { value: 1000 } },
    });
    // After 27 June 2026: no shortfall, no pace; the lower bound with the date of its event.
    expect(sentences[1]).toMatchObject({
      key: 'smeNoOfficialPassed',
      vars: { enterprises: { value: 50 }, by: { value: '2026-06-27' } },
    });
    const before = slideFacts(slide('sme'), { ...input(data), today: '2025-01-01' }).sentences;
    expect(before[1]).toMatchObject({ key: 'smeNoOfficial' });
  });

  it('sums the documented enterprises as a lower bound once an official count is published', () => {
    const official = series('sme-official', 'enterprises', [point('2026-07-31', 700, { kind: 'cumulative' })]);
    const sentences = slideFacts(slide('sme'), input({ ...data, series: [...data.series, official] })).sentences;
    expect(sentences[1]).toMatchObject({
      key: 'smeDocumented',
      vars: { enterprises: { value: 50, qualifier: 'at-least' }, events: { value: 1 } },
    });
  });

  it('leaves out a sentence whose series is missing, and says so when nothing matches', () => {
    const bare = { ...data, series: [] };
    expect(slideFacts(slide('overview'), input(bare)).sentences.map((s) => s.key)).toEqual(['reach']);
    expect(slideFacts(slide('digital'), input({ ...bare, activities: [] })).sentences.map((s) => s.key)).toEqual([
      'empty',
    ]);
  });

  it('spotlights a country with its direct and regional-body activities', () => {
    const sentences = slideFacts(slide('country', { country: 'ZWE' }), input(data, { country: 'ZWE' })).sentences;
    expect(sentences[0]).toMatchObject({ key: 'countryActivities', vars: { direct: { value: 1 }, via: { value: 1 } } });
    expect(sentences[1]).toMatchObject({ key: 'countryProgrammes', vars: { first: { value: '2015' } } });
  });
});

const real = realData;

describe('a country spotlight against the real data', () => {
  it("names the most frequent kind of work among that country's activities, never more than it has", () => {
    for (const iso3 of ['ZWE', 'IDN', 'KEN', 'VNM']) {
      const sentences = slideFacts(slide('country', { country: iso3 }), input(real, { country: iso3 })).sentences;
      const own = sentences.find((x) => x.key === 'countryActivities')?.vars;
      const top = sentences.find((x) => x.key === 'topType')?.vars;
      if (!own || !top) throw new Error(`${iso3}: no country or most-frequent sentence`);
      const value = (v: unknown) => (v as { value: number }).value;
      expect(value(top.n), iso3).toBeLessThanOrEqual(value(own.direct) + value(own.via));
    }
  });
});

describe('the default story against the real data', () => {
  it('refers only to programmes, types and series that exist', () => {
    const programmes = new Set(real.programmes.map((p) => p.id));
    const types = new Set(real.programmes.flatMap((p) => p.types.map((t) => t.id)));
    for (const s of DEFAULT_STORY.slides) {
      for (const p of s.view.programmes ?? []) expect(programmes, p).toContain(p);
      for (const t of s.view.types ?? []) expect(types, t).toContain(t);
    }
    const ids = new Set(real.series.map((s) => s.id));
    for (const id of Object.values(SERIES)) expect(ids, id).toContain(id);
  });

  it('gives every slide two or three sentences', () => {
    for (const s of DEFAULT_STORY.slides) {
      const n = slideFacts(s, input(real, s.view)).sentences.length;
      expect(n, s.topic).toBeGreaterThanOrEqual(2);
      expect(n, s.topic).toBeLessThanOrEqual(3);
    }
  });
});
