// Checks that a schema of one file cannot see. Each cross-file check names the files it reads, so a
// region of the app runs only the checks over the files it needs: a broken reference in the charts'
// files then breaks the charts, not the filters. Unknown codes are reported, never silently dropped.
import type { Dataset, SourceRef } from '../domain/types';
import { COUNTING_CHECKS } from './countingRules';
import { quote } from './describeValue';
import type { DataFileName } from './schemas';

/** What is wrong with a country code, or null when the code is fine. */
export type CountryProblem = (iso3: string) => string | null;

export interface CrossCheck {
  /** Every file the check reads: it runs only when all are loaded, and a retry fetches all of them again. */
  files: readonly DataFileName[];
  run: (data: Dataset, countryProblem: CountryProblem) => string[];
}

type WithId = { id: string };
type Each<R> = (record: R, at: string, out: string[]) => void;

/** Runs `each` over the records of one file, with the record's place for messages. */
function over<R extends WithId>(file: string, key: string, records: readonly R[], each: Each<R>): string[] {
  const out: string[] = [];
  records.forEach((r, i) => each(r, `${file} › ${key}[${i}] (id ${quote(r.id)})`, out));
  return out;
}

const refsTo = (ids: Set<string>, where: string, list: readonly SourceRef[], out: string[]) =>
  list.forEach((r, i) => {
    if (!ids.has(r.id)) out.push(`${where} › sources[${i}].id: no source ${quote(r.id)} in sources.json`);
  });
const sourceIds = (d: Dataset) => new Set(d.sources.map((s) => s.id));
const groupIds = (d: Dataset) => new Set(d.groups.map((g) => g.id));
const placeIds = (d: Dataset) => new Set(d.places.map((p) => p.id));

export const CROSS_CHECKS: readonly CrossCheck[] = [
  {
    files: ['activities.json', 'programmes.json'],
    run: (d) => {
      const types = new Map(d.programmes.map((p) => [p.id, new Set(p.types.map((t) => t.id))]));
      return over('activities.json', 'activities', d.activities, (a, at, out) => {
        const progTypes = types.get(a.programme);
        if (!progTypes) out.push(`${at} › programme: no programme ${quote(a.programme)} in programmes.json`);
        else if (!progTypes.has(a.type))
          out.push(`${at} › type: programme ${quote(a.programme)} has no type ${quote(a.type)}`);
      });
    },
  },
  {
    files: ['activities.json', 'countries.geojson'],
    run: (d, problem) =>
      over('activities.json', 'activities', d.activities, (a, at, out) =>
        a.countries.forEach((c, j) => {
          const p = problem(c);
          if (p) out.push(`${at} › countries[${j}]: ${quote(c)} ${p}`);
        }),
      ),
  },
  {
    files: ['activities.json', 'groups.json'],
    run: (d) => {
      const groups = groupIds(d);
      return over('activities.json', 'activities', d.activities, (a, at, out) => {
        a.organisations?.forEach((o, j) => {
          if (!groups.has(o)) out.push(`${at} › organisations[${j}]: no group ${quote(o)} in groups.json`);
        });
        if (a.region && !groups.has(a.region)) out.push(`${at} › region: no group ${quote(a.region)} in groups.json`);
      });
    },
  },
  {
    files: ['activities.json', 'places.json'],
    run: (d) => {
      const places = new Map(d.places.map((p) => [p.id, p]));
      return over('activities.json', 'activities', d.activities, (a, at, out) => {
        if (a.place && !places.has(a.place)) out.push(`${at} › place: no place ${quote(a.place)} in places.json`);
        a.subnational?.forEach((id, j) => {
          const p = places.get(id);
          const problem = !p
            ? `no place ${quote(id)} in places.json`
            : p.kind !== 'subnational'
              ? `place ${quote(id)} is of kind ${p.kind}, not subnational`
              : !a.countries.includes(p.iso3)
                ? `place ${quote(id)} lies in ${p.iso3}, which is not in countries`
                : null;
          if (problem) out.push(`${at} › subnational[${j}]: ${problem}`);
        });
      });
    },
  },
  {
    files: ['activities.json', 'sources.json'],
    run: (d) => {
      const ids = sourceIds(d);
      return over('activities.json', 'activities', d.activities, (a, at, out) => refsTo(ids, at, a.sources, out));
    },
  },
  {
    files: ['places.json', 'countries.geojson'],
    run: (d, problem) =>
      over('places.json', 'places', d.places, (p, at, out) => {
        const q = problem(p.iso3);
        if (q) out.push(`${at} › iso3: ${quote(p.iso3)} ${q}`);
      }),
  },
  {
    files: ['places.json', 'sources.json'],
    run: (d) => {
      const ids = sourceIds(d);
      return over('places.json', 'places', d.places, (p, at, out) => refsTo(ids, at, p.sources, out));
    },
  },
  {
    files: ['groups.json', 'countries.geojson'],
    run: (d, problem) =>
      over('groups.json', 'groups', d.groups, (g, at, out) =>
        g.members.forEach((m, j) => {
          const q = problem(m.iso3);
          if (q) out.push(`${at} › members[${j}].iso3: ${quote(m.iso3)} ${q}`);
        }),
      ),
  },
  {
    files: ['groups.json', 'places.json'],
    run: (d) => {
      const places = placeIds(d);
      return over('groups.json', 'groups', d.groups, (g, at, out) => {
        if (g.seat && !places.has(g.seat)) out.push(`${at} › seat: no place ${quote(g.seat)} in places.json`);
      });
    },
  },
  {
    files: ['groups.json', 'sources.json'],
    run: (d) => {
      const ids = sourceIds(d);
      return over('groups.json', 'groups', d.groups, (g, at, out) => refsTo(ids, at, g.sources, out));
    },
  },
  {
    files: ['series.json', 'sources.json'],
    run: (d) => {
      const ids = sourceIds(d);
      return over('series.json', 'series', d.series, (s, at, out) =>
        s.points.forEach((p, j) => refsTo(ids, `${at} › points[${j}]`, p.sources, out)),
      );
    },
  },
  {
    files: ['conflicts.json', 'sources.json'],
    run: (d) => {
      const ids = sourceIds(d);
      return over('conflicts.json', 'conflicts', d.conflicts, (c, at, out) =>
        c.claims.forEach((cl, j) => refsTo(ids, `${at} › claims[${j}]`, cl.sources, out)),
      );
    },
  },
  ...COUNTING_CHECKS,
];

/** The cross-file checks whose files are all among `files`: the ones a region with those files can run. */
export function checksOver(files: readonly DataFileName[]): CrossCheck[] {
  return CROSS_CHECKS.filter((c) => c.files.every((f) => files.includes(f)));
}

/** Runs `checks` and says which files the failing ones read: those are the files a retry fetches again. */
export function runChecks(
  checks: readonly CrossCheck[],
  data: Dataset,
  countryProblem: CountryProblem = () => null,
): { problems: string[]; files: DataFileName[] } {
  const problems: string[] = [];
  const files = new Set<DataFileName>();
  for (const check of checks) {
    const found = check.run(data, countryProblem);
    if (found.length === 0) continue;
    problems.push(...found);
    check.files.forEach((f) => files.add(f));
  }
  return { problems, files: [...files] };
}

/** Every cross-file check over the whole dataset (data:check). */
export function crossCheck(data: Dataset, countryProblem: CountryProblem): string[] {
  return runChecks(CROSS_CHECKS, data, countryProblem).problems;
}
