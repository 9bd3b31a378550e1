// Everything counted through the dataset index must give exactly what the plain definitions give, read
// record by record (the oracle below), on the real dataset under random filters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/domain/activityIndex';
import { countByCountry } from '../../../src/domain/aggregate';
import { activitySpan, startYear, yearMonths } from '../../../src/domain/dates';
import { applyFilters, facetCounts, type Filters } from '../../../src/domain/filter';
import { bodyMembers, membersOf, touchesGroup, viaCountries } from '../../../src/domain/groups';
import { headline } from '../../../src/domain/headline';
import { byPlace, citedSources, idsIn, selectWhere } from '../../../src/domain/selection';
import { stackByYear } from '../../../src/domain/series';
import type { Activity, Group, Programme } from '../../../src/domain/types';

const read = <T>(name: string, key: string): T[] =>
  (JSON.parse(readFileSync(join(process.cwd(), 'data', name), 'utf8')) as Record<string, T[]>)[key] ?? [];
const activities = read<Activity>('activities.json', 'activities');
const groups = read<Group>('groups.json', 'groups');
const programmes = read<Programme>('programmes.json', 'programmes');
const index = buildIndex({ activities, groups, programmes });

const pick = <T>(xs: T[]) => fc.subarray(xs, { maxLength: 3 });
const filters = fc.record<Filters>({
  from: fc.integer({ min: 1987, max: 2026 }),
  to: fc.integer({ min: 1987, max: 2026 }),
  programmes: pick([...new Set(activities.map((a) => a.programme))]),
  types: pick([...new Set(activities.map((a) => a.type))]),
  partner: fc.constantFrom(null, 'WIPO' as const, 'JICA' as const),
  group: fc.constantFrom(null, ...groups.map((g) => g.id)),
  basis: fc.constantFrom('calendar' as const, 'jp-fiscal' as const),
  context: fc.boolean(),
});

// ── The oracle: each definition read straight from the records ────────────────────────────────

type Control = 'programmes' | 'types' | 'partner' | 'group';

/** The activities passing every filter but `except`. */
function plainFilter(f: Filters, except?: Control): Activity[] {
  const [lo] = yearMonths(f.from, f.basis);
  const [, hi] = yearMonths(f.to, f.basis);
  return activities.filter((a) => {
    const [s, e] = activitySpan(a, index.openEnd);
    if (e < lo || s > hi) return false;
    if (!f.context && a.funding === 'context') return false;
    if (except !== 'programmes' && f.programmes.length > 0 && !f.programmes.includes(a.programme)) return false;
    if (except !== 'types' && f.types.length > 0 && !f.types.includes(a.type)) return false;
    if (except !== 'partner' && f.partner && a.partner !== f.partner) return false;
    return except === 'group' || !f.group || touchesGroup(a, f.group, membersOf(groups, f.group));
  });
}

function tally(list: Activity[], key: (a: Activity) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of list) m.set(key(a), (m.get(key(a)) ?? 0) + 1);
  return m;
}

function plainCountries(list: Activity[], f: Filters) {
  const members = bodyMembers(groups);
  const out = new Map<
    string,
    { direct: number; via: number; programmes: Set<string>; years: number[]; viaYears: number[] }
  >();
  const get = (c: string) => {
    let s = out.get(c);
    if (!s) out.set(c, (s = { direct: 0, via: 0, programmes: new Set(), years: [], viaYears: [] }));
    return s;
  };
  for (const a of list) {
    for (const c of new Set(a.countries)) {
      const s = get(c);
      s.direct += 1;
      s.programmes.add(a.programme);
      s.years.push(startYear(a, f.basis));
    }
    for (const c of viaCountries(a, members)) {
      const s = get(c);
      s.via += 1;
      s.viaYears.push(startYear(a, f.basis));
    }
  }
  return out;
}

describe('the dataset index', () => {
  it('filters as the plain definitions do', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(applyFilters(index, f).activities).toEqual(plainFilter(f));
      }),
      { numRuns: 300 },
    );
  });

  it('counts each option as filtering by every other control, then counting, does', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const rest = plainFilter(f, 'group');
        expect(facetCounts(index, f)).toEqual({
          programmes: tally(plainFilter(f, 'programmes'), (a) => a.programme),
          types: tally(plainFilter(f, 'types'), (a) => a.type),
          partner: tally(plainFilter(f, 'partner'), (a) => a.partner),
          groups: new Map(
            groups.map((g) => [g.id, rest.filter((a) => touchesGroup(a, g.id, membersOf(groups, g.id))).length]),
          ),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('counts countries as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const stats = countByCountry(applyFilters(index, f), f.basis);
        const plain = plainCountries(plainFilter(f), f);
        expect([...stats.keys()].sort()).toEqual([...plain.keys()].sort());
        for (const [c, p] of plain) {
          const s = stats.get(c);
          expect(s?.direct, c).toBe(p.direct);
          expect(s?.via, c).toBe(p.via);
          expect(new Set(s?.byProgramme.keys()), c).toEqual(p.programmes);
          expect(s?.firstYear, c).toBe(Math.min(...(p.direct > 0 ? p.years : p.viaYears)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stacks years as record by record', () => {
    fc.assert(
      fc.property(filters, fc.constantFrom('programme' as const, 'type' as const), (f, by) => {
        const span: [number, number] = [Math.min(f.from, f.to), Math.max(f.from, f.to)];
        const { rows, outside } = stackByYear(applyFilters(index, f), f.basis, by, span);
        const list = plainFilter(f);
        const inSpan = (a: Activity) => startYear(a, f.basis) >= span[0] && startYear(a, f.basis) <= span[1];
        expect(outside).toBe(list.filter((a) => !inSpan(a)).length);
        for (const row of rows) {
          const mine = list.filter((a) => startYear(a, f.basis) === row.year);
          expect(row.total).toBe(mine.length);
          expect(new Map(Object.entries(row.counts))).toEqual(tally(mine, (a) => a[by]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lists cited sources as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const plain = [...new Set(plainFilter(f).flatMap((a) => a.sources.map((r) => r.id)))];
        expect(citedSources(applyFilters(index, f))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('groups activities by place as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const plain = new Map<string, Activity[]>();
        for (const a of plainFilter(f)) if (a.place) plain.set(a.place, [...(plain.get(a.place) ?? []), a]);
        // A place whose own office took part in an activity held elsewhere lists it after those held there.
        for (const a of plainFilter(f))
          for (const sub of a.subnational ?? []) plain.set(sub, [...(plain.get(sub) ?? []), a]);
        expect(new Map([...byPlace(applyFilters(index, f))].sort())).toEqual(new Map([...plain].sort()));
      }),
      { numRuns: 200 },
    );
    // Not vacuous: the real data has activities in places.
    const all = byPlace(applyFilters(index, { ...DEFAULT, from: 1987, to: 2026 }));
    expect(all.size).toBeGreaterThan(10);
    // Zanzibar keeps its marker from the Botswana workshop's record (no second record of the workshop).
    expect(all.get('zanzibar')?.map((a) => a.id)).toEqual(['african-regional-it-workshop-botswana-2023-11']);
  });

  it('gives the headline record by record', () => {
    // An event: of a type marked `event` in its programme, dated to the month, without a status.
    const gathering = (a: Activity) =>
      programmes.some((p) => p.id === a.programme && p.types.some((t) => t.id === a.type && t.event)) &&
      a.start.length >= 7 &&
      a.status === undefined;
    fc.assert(
      fc.property(filters, (f) => {
        const sel = applyFilters(index, f);
        const list = plainFilter(f);
        const years = list.map((a) => startYear(a, f.basis));
        const h = headline(sel, countByCountry(sel, f.basis), f.basis, programmes);
        expect(h.measures.events.activities).toEqual(list.filter(gathering).map((a) => a.id));
        expect(h).toMatchObject({
          activities: list.length,
          firstYear: years.length ? Math.min(...years) : null,
          lastYear: years.length ? Math.max(...years) : null,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds the named records of a selection, and narrows one, as record by record', () => {
    const named = [...new Set(read<{ concerns: string[] }>('conflicts.json', 'conflicts').flatMap((c) => c.concerns))];
    fc.assert(
      fc.property(filters, fc.subarray(named), (f, ids) => {
        const sel = applyFilters(index, f);
        const list = plainFilter(f);
        expect(new Set(idsIn(sel, ids))).toEqual(new Set(ids.filter((id) => list.some((a) => a.id === id))));
        const tisc = selectWhere(sel, (a) => a.type === 'tisc');
        expect(tisc.activities).toEqual(list.filter((a) => a.type === 'tisc'));
        expect([...tisc.positions].map((i) => index.activities[i])).toEqual(tisc.activities);
      }),
      { numRuns: 200 },
    );
  });
});

const DEFAULT: Filters = {
  from: 1987,
  to: 2026,
  programmes: [],
  types: [],
  partner: null,
  group: null,
  basis: 'calendar',
  context: false,
};
