// The one-pass facet counts and the per-dataset index must give exactly what the plain definitions
// give (filter by every other control, then count; count record by record), on the real dataset under
// random filters. A copy of a filtered list is unknown to the index, so it takes the record-by-record path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byPlace, citedSources, idsIn } from '../../../src/domain/activityIndex';
import { countByCountry } from '../../../src/domain/aggregate';
import { monthIndex } from '../../../src/domain/dates';
import {
  applyFilters,
  facetCounts,
  makeContext,
  membersOf,
  touchesGroup,
  type Filters,
} from '../../../src/domain/filter';
import { headline } from '../../../src/domain/headline';
import { stackByYear } from '../../../src/domain/series';
import type { Activity, Group } from '../../../src/domain/types';

const read = <T>(name: string, key: string): T[] =>
  (JSON.parse(readFileSync(join(process.cwd(), 'data', name), 'utf8')) as Record<string, T[]>)[key] ?? [];
const activities = read<Activity>('activities.json', 'activities');
const groups = read<Group>('groups.json', 'groups');
const openEnd = monthIndex(2026, 12);
const plain = { openEnd, groups };
const ctx = makeContext(activities, groups, openEnd);

const pick = <T>(xs: T[]) => fc.subarray(xs, { maxLength: 3 });
const filters = fc.record<Filters>({
  from: fc.integer({ min: 1987, max: 2026 }),
  to: fc.integer({ min: 1987, max: 2026 }),
  programmes: pick([...new Set(activities.map((a) => a.programme))]),
  types: pick([...new Set(activities.map((a) => a.type))]),
  partner: fc.constantFrom(null, 'WIPO' as const, 'JICA' as const),
  group: fc.constantFrom(null, ...groups.map((g) => g.id)),
  basis: fc.constantFrom('calendar' as const, 'jp-fiscal' as const),
});

function naive(f: Filters) {
  const count = (list: Activity[], key: (a: Activity) => string) => {
    const m = new Map<string, number>();
    for (const a of list) m.set(key(a), (m.get(key(a)) ?? 0) + 1);
    return m;
  };
  const rest = applyFilters(activities, f, plain, ['group']);
  return {
    programmes: count(applyFilters(activities, f, plain, ['programmes']), (a) => a.programme),
    types: count(applyFilters(activities, f, plain, ['types']), (a) => a.type),
    partner: count(applyFilters(activities, f, plain, ['partner']), (a) => a.partner),
    groups: new Map(
      groups.map((g) => [g.id, rest.filter((a) => touchesGroup(a, g.id, membersOf(groups, g.id))).length]),
    ),
  };
}

describe('the dataset index', () => {
  it('equal filtering by every other control, then counting', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(facetCounts(activities, f, ctx)).toEqual(naive(f));
      }),
      { numRuns: 300 },
    );
  });

  it('filter the same with and without the per-dataset context', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(applyFilters(activities, f, ctx).map((a) => a.id)).toEqual(
          applyFilters(activities, f, plain).map((a) => a.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('counts countries the same with and without the index', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const list = applyFilters(activities, f, ctx);
        const plainCount = countByCountry(list, groups, f.basis);
        // From the positions applyFilters remembered, and (a copy) from the index's record lookup.
        expect(countByCountry(list, groups, f.basis, ctx.index)).toEqual(plainCount);
        expect(countByCountry([...list], groups, f.basis, ctx.index)).toEqual(plainCount);
      }),
      { numRuns: 200 },
    );
  });

  it('stacks years the same from the index as record by record', () => {
    fc.assert(
      fc.property(filters, fc.constantFrom('programme' as const, 'type' as const), (f, by) => {
        const list = applyFilters(activities, f, ctx);
        const span: [number, number] = [Math.min(f.from, f.to), Math.max(f.from, f.to)];
        // A copy of the list is not known to the index, so it is counted record by record.
        expect(stackByYear(list, f.basis, by, span)).toEqual(stackByYear([...list], f.basis, by, span));
      }),
      { numRuns: 200 },
    );
  });

  it('lists cited sources the same from the index as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const list = applyFilters(activities, f, ctx);
        expect(citedSources(list)).toEqual(citedSources([...list]));
      }),
      { numRuns: 200 },
    );
  });

  it('groups events by place the same from the index as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const list = applyFilters(activities, f, ctx);
        const sorted = (m: Map<string, Activity[]>) =>
          [...m]
            .map(([place, l]) => [place, l.map((a) => a.id)])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(sorted(byPlace(list))).toEqual(sorted(byPlace([...list])));
      }),
      { numRuns: 200 },
    );
    // Not vacuous: the real data has activities in places.
    expect(
      byPlace(
        applyFilters(
          activities,
          { from: 1987, to: 2026, programmes: [], types: [], partner: null, group: null, basis: 'calendar' },
          ctx,
        ),
      ).size,
    ).toBeGreaterThan(10);
  });

  it('gives the same headline from the index as record by record', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const list = applyFilters(activities, f, ctx);
        const stats = countByCountry(list, groups, f.basis, ctx.index);
        expect(headline(list, stats, f.basis)).toEqual(headline([...list], stats, f.basis));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same named records in a filtered list from the index as record by record', () => {
    const named = [...new Set(read<{ concerns: string[] }>('conflicts.json', 'conflicts').flatMap((c) => c.concerns))];
    fc.assert(
      fc.property(filters, fc.subarray(named), (f, ids) => {
        const list = applyFilters(activities, f, ctx);
        expect(new Set(idsIn(list, ids))).toEqual(new Set(idsIn([...list], ids)));
      }),
      { numRuns: 200 },
    );
  });
});
