import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/state/buildDashboard';
import { countByCountry } from '../../../src/domain/aggregate';
import { headline } from '../../../src/domain/headline';
import { measures } from '../../../src/domain/measures';
import type { Dataset } from '../../../src/domain/types';
import { DEFAULT_STATE } from '../../../src/state/urlState';
import { activity, programmes, selectionOf } from '../../fixtures/factories';

describe('headline', () => {
  const rows = [
    activity({ id: 'meeting', start: '2023-09', countries: ['ZWE'], figures: [{ kind: 'participants', value: 21 }] }),
    activity({
      id: 'strand',
      start: '2008',
      type: 'mip',
      programme: 'human-resources',
      countries: ['ZWE'],
      figures: [
        { kind: 'students', value: 22 },
        { kind: 'countries', value: 14 },
      ],
    }),
    activity({ id: 'renamed', start: '2019-04', type: 'milestone', programme: 'fund', countries: [] }),
    activity({ id: 'aripo', start: '2024-06', countries: [], organisations: ['ARIPO'] }),
  ];
  const sel = selectionOf(rows);
  const h = headline(sel, countByCountry(sel, 'calendar'), 'calendar', programmes);

  it('counts dated gatherings as events, not programme strands or fund milestones', () => {
    expect(h.measures.events).toMatchObject({ value: 2, activities: ['meeting', 'aripo'] });
  });

  it('keeps each kind of person apart, and separates direct from via-body countries', () => {
    expect(h.measures.participants).toMatchObject({ value: 21, activities: ['meeting'] });
    expect(h.measures.learners).toMatchObject({ value: 22, activities: ['strand'] });
    expect(h).toMatchObject({ activities: 4, countries: 1, viaOnlyCountries: 2, firstYear: 2008, lastYear: 2024 });
  });
});

describe('headline on the real dataset', () => {
  const read = <T>(name: string, key: string) =>
    (JSON.parse(readFileSync(`data/${name}`, 'utf8')) as Record<string, T[]>)[key] ?? [];
  const data = {
    activities: read('activities.json', 'activities'),
    programmes: read('programmes.json', 'programmes'),
    groups: read('groups.json', 'groups'),
    places: read('places.json', 'places'),
    sources: read('sources.json', 'sources'),
    series: [],
    conflicts: [],
  } as Dataset;
  const plain = buildDashboard(data, DEFAULT_STATE);
  const withContext = buildDashboard(data, { ...DEFAULT_STATE, context: true });

  it('counts what measures() counts over the same records, whichever filters chose them', () => {
    // The headline tells membership from the index instead of a set of ids: the answers must not differ.
    for (const state of [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, context: true },
      { ...DEFAULT_STATE, from: 2015, to: 2020 },
      { ...DEFAULT_STATE, programmes: ['human-resources'] },
      { ...DEFAULT_STATE, from: 2023, to: 2023, context: true },
    ]) {
      const d = buildDashboard(data, state);
      expect(d.headline.measures).toEqual(measures(d.selection.activities, data.programmes, { includeContext: true }));
    }
  });

  it('counts no person twice: a figure part of a counted figure is left out, and no kind is added to another', () => {
    const byId = new Map(data.activities.map((a) => [a.id, a]));
    const kinds: Record<string, string[]> = {
      participants: ['participants'],
      learners: ['students', 'graduates'],
      trainees: ['trainees'],
      enterprises: ['enterprises'],
    };
    for (const m of Object.values(plain.headline.measures)) {
      if (m.id === 'events') continue;
      const counted = m.activities.flatMap((id) =>
        (byId.get(id)?.figures ?? []).flatMap((f, i) =>
          kinds[m.id]?.includes(f.kind) && !m.excluded.some((x) => x.activity === id && x.figure === i)
            ? [{ ...f, key: `${id}/${f.id}` }]
            : [],
        ),
      );
      // One kind per measure, the value is exactly the counted figures, and none of them is part of another.
      expect(
        counted.reduce((n, f) => n + f.value, 0),
        m.id,
      ).toBe(m.value);
      const keys = new Set(counted.map((f) => f.key));
      for (const f of counted)
        for (const r of f.partOf ?? []) expect(keys.has(`${r.activity}/${r.figure}`), f.key).toBe(false);
    }
    // The Yaoundé 8th class counts once (its 26 graduates, not also the 25 enrolled), the Kigali mentees
    // not on top of the conference, the 12 scholarship holders not on top of the 29 graduates.
    const partOf = plain.headline.measures.learners.excluded.map((x) => x.activity);
    expect(partOf).toContain('mip-yaounde-promotion-8-2018');
    expect(plain.headline.measures.participants.excluded.length).toBeGreaterThan(0);
  });

  it('leaves related work out of every count unless the reader asks for it', () => {
    const context = new Set(data.activities.filter((a) => a.funding === 'context').map((a) => a.id));
    expect(context.size).toBeGreaterThan(0);
    for (const m of Object.values(plain.headline.measures))
      for (const id of m.activities) expect(context.has(id), id).toBe(false);
    expect(plain.selection.activities.some((a) => context.has(a.id))).toBe(false);
    expect(plain.listed.activities.filter((a) => context.has(a.id)).length).toBe(context.size);
    expect(withContext.headline.activities).toBe(plain.headline.activities + context.size);
    expect(withContext.headline.measures.events.value).toBeGreaterThanOrEqual(plain.headline.measures.events.value);
  });

  it('a single year reads as that year, with no wider range behind it', () => {
    const one = buildDashboard(data, { ...DEFAULT_STATE, from: 2023, to: 2023 });
    expect(one.headline.lastYear).toBe(2023);
    expect(one.headline.firstYear).toBeLessThan(2023);
  });
});
