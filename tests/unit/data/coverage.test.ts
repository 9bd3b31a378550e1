// Coverage of the real dataset in data/: the facts the JPO page names must all be present, every
// record must be sourced, and no gap may be filled with a zero. Reads the committed JSON files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Ref = { id: string; supports: string };
type Activity = { id: string; countries: string[]; place?: string; subnational?: string[]; sources: Ref[] };
type Point = { date: string; value: number; kind: string; note?: string; sources: Ref[] };
type Series = { id: string; points: Point[] };

const read = <T>(name: string, key: string): T[] =>
  (JSON.parse(readFileSync(join(process.cwd(), 'data', name), 'utf8')) as Record<string, T[]>)[key] ?? [];

const activities = read<Activity>('activities.json', 'activities');
const sources = read<{ id: string }>('sources.json', 'sources');
const places = read<{ id: string; iso3: string; kind: string; lat: number; lon: number; sources: Ref[] }>(
  'places.json',
  'places',
);
const groups = read<{ id: string; sources: Ref[] }>('groups.json', 'groups');
const programmes = read<{ id: string; types: { id: string }[] }>('programmes.json', 'programmes');
const series = read<Series>('series.json', 'series');
const conflicts = read<{ id: string; claims: { sources: Ref[] }[] }>('conflicts.json', 'conflicts');

/** The 42 beneficiary countries the JPO page names (geo.md §1.1 without JPN, the donor, and SGP, an office). */
const JPO_PAGE_BENEFICIARIES = [
  'BRN',
  'LAO',
  'THA',
  'MYS',
  'IDN',
  'KHM',
  'PHL',
  'VNM',
  'UZB',
  'BGD',
  'LKA',
  'RWA',
  'ZWE',
  'DZA',
  'CMR',
  'BWA',
  'CPV',
  'SWZ',
  'GMB',
  'GHA',
  'KEN',
  'LSO',
  'LBR',
  'MWI',
  'MUS',
  'MOZ',
  'NAM',
  'STP',
  'SLE',
  'SOM',
  'TZA',
  'UGA',
  'ZMB',
  'MAR',
  'LBY',
  'EGY',
  'BRA',
  'BOL',
  'COL',
  'ECU',
  'PER',
  'ARG',
];

describe('data coverage', () => {
  it('lists 42 distinct beneficiaries in the check itself', () => {
    expect(new Set(JPO_PAGE_BENEFICIARIES).size).toBe(42);
  });

  it('has at least one activity for every beneficiary country the JPO page names', () => {
    const covered = new Set(activities.flatMap((a) => a.countries));
    expect(JPO_PAGE_BENEFICIARIES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('gives Zanzibar its own sub-national place, on the one record of the workshop it attended', () => {
    const zanzibar = places.find((p) => p.id === 'zanzibar');
    expect(zanzibar).toMatchObject({ iso3: 'TZA', kind: 'subnational' });
    expect(zanzibar?.lat).toBeCloseTo(-6.164, 3);
    expect(zanzibar?.lon).toBeCloseTo(39.198, 3);
    const withZanzibar = activities.filter((a) => a.subnational?.includes('zanzibar') || a.place === 'zanzibar');
    expect(withZanzibar.map((a) => a.id)).toEqual(['african-regional-it-workshop-botswana-2023-11']);
    expect(withZanzibar[0]?.countries.filter((c) => c === 'TZA')).toEqual(['TZA']);
  });

  it('never lists Singapore as a beneficiary country', () => {
    expect(activities.filter((a) => a.countries.includes('SGP')).map((a) => a.id)).toEqual([]);
  });

  it('gives every activity at least one source', () => {
    expect(activities.filter((a) => a.sources.length === 0).map((a) => a.id)).toEqual([]);
  });

  it('refers only to sources that exist in sources.json', () => {
    const known = new Set(sources.map((s) => s.id));
    const refs: [string, Ref[]][] = [
      ...activities.map((a): [string, Ref[]] => [`activity ${a.id}`, a.sources]),
      ...places.map((p): [string, Ref[]] => [`place ${p.id}`, p.sources]),
      ...groups.map((g): [string, Ref[]] => [`group ${g.id}`, g.sources]),
      ...series.flatMap((s) => s.points.map((p, i): [string, Ref[]] => [`series ${s.id}[${i}]`, p.sources])),
      ...conflicts.flatMap((c) => c.claims.map((cl, i): [string, Ref[]] => [`conflict ${c.id}[${i}]`, cl.sources])),
    ];
    const unknown = refs.flatMap(([where, list]) =>
      list.filter((r) => !known.has(r.id)).map((r) => `${where} → ${r.id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every series point at least one source', () => {
    const bare = series.flatMap((s) => s.points.filter((p) => p.sources.length === 0).map((p) => `${s.id} ${p.date}`));
    expect(bare).toEqual([]);
  });

  it('holds the SME targets: 627 by 27 June 2026 and 1,000 in total', () => {
    const targets = series.find((s) => s.id === 'sme-targets');
    expect(targets).toBeDefined();
    const points = targets?.points ?? [];
    expect(points.some((p) => p.value === 627 && p.date === '2026-06-27' && p.kind === 'target')).toBe(true);
    expect(points.some((p) => p.value === 1000 && p.kind === 'target')).toBe(true);
  });

  it('never fills a gap with a zero: a 0 needs a note saying the source reports zero', () => {
    const zeros = series.flatMap((s) =>
      s.points.filter((p) => p.value === 0 && !/\bzero\b/i.test(p.note ?? '')).map((p) => `${s.id} ${p.date}`),
    );
    expect(zeros).toEqual([]);
  });

  it('uses every id only once in each file, and every type id once per programme', () => {
    const dup = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup(activities.map((a) => a.id))).toEqual([]);
    expect(dup(sources.map((s) => s.id))).toEqual([]);
    expect(dup(places.map((p) => p.id))).toEqual([]);
    expect(dup(groups.map((g) => g.id))).toEqual([]);
    expect(dup(programmes.map((p) => p.id))).toEqual([]);
    expect(dup(series.map((s) => s.id))).toEqual([]);
    expect(dup(conflicts.map((c) => c.id))).toEqual([]);
    for (const p of programmes) expect(dup(p.types.map((t) => t.id)), p.id).toEqual([]);
  });
});

describe('records the numbers issue names', () => {
  const dataText = ['activities', 'sources', 'places', 'series', 'conflicts', 'groups', 'programmes'].map((n) =>
    readFileSync(join(process.cwd(), 'data', `${n}.json`), 'utf8'),
  );
  type Full = Activity & { funding: string; figures?: { kind: string; value: number }[]; start: string };
  const full = activities as Full[];
  const byId = (id: string) => full.find((a) => a.id === id);

  it('cite public sources, never the internal research files they were gathered in', () => {
    const named = dataText.flatMap((t) => t.match(/[^"\n]*\b(?:facts|geo)\.md\b[^"\n]*/g) ?? []);
    expect(named).toEqual([]);
  });

  it('hold the facts that were still missing, each as context with its public source', () => {
    const expected: [string, string, string, number][] = [
      ['jpo-trainees-invited-c1997', 'c04-wto-trips-council-japan-c1997', 'trainees', 250],
      ['jpo-examiner-training-fy2017', 't05-jpo-annual-report-2018', 'trainees', 10],
      ['jpo-long-term-researchers-fy2017', 't05-jpo-annual-report-2018', 'trainees', 4],
      ['jpo-training-courses-fy2017', 't07-wto-trips-council-fy2017', 'trainees', 300],
      ['tisc-programme-wipo', 'ts05-wipo-tisc-report-2024-key', 'inquiries', 2_250_000],
    ];
    for (const [id, source, kind, value] of expected) {
      const a = byId(id);
      expect(a?.funding, id).toBe('context');
      expect(
        a?.sources.map((s) => s.id),
        id,
      ).toContain(source);
      expect(
        a?.figures?.some((f) => f.kind === kind && f.value === value),
        id,
      ).toBe(true);
    }
    expect(byId('tisc-programme-wipo')?.start).toBe('2009-04');
    expect(byId('asean-ip-portal-2013')).toMatchObject({ start: '2013-04', funding: 'context' });
  });

  it('date the documented SME count to the clinic, and mark the assumed Show and Tell venue', () => {
    const documented = series.find((s) => s.id === 'sme-documented')?.points ?? [];
    expect(documented.map((p) => p.date)).toEqual(['2024-09']);
    const venue = places.find((p) => p.id === byId('youth-show-and-tell-2023-09')?.place) as { inferred?: boolean };
    expect(venue.inferred).toBe(true);
  });
});
