// Checks between files that a schema of one file cannot see: every reference points at something
// that exists, ids are unique, and every country code is one the map can draw. Unknown codes are
// reported, never silently dropped.
import type { Dataset, SourceRef } from '../domain/types';
import { countingRules } from './countingRules';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** `countryProblem` says what is wrong with a country code, or null when the code is fine. */
export function crossCheck(data: Dataset, countryProblem: (iso3: string) => string | null): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const placeIds = new Set(data.places.map((p) => p.id));
  const places = new Map(data.places.map((p) => [p.id, p]));
  const groupIds = new Set(data.groups.map((g) => g.id));
  const types = new Map(data.programmes.map((p) => [p.id, new Set(p.types.map((t) => t.id))]));

  const refs = (where: string, list: SourceRef[]) => {
    list.forEach((r, i) => {
      if (!sourceIds.has(r.id)) problems.push(`${where} › sources[${i}].id: no source "${r.id}" in sources.json`);
    });
  };
  const country = (where: string, iso3: string) => {
    const problem = countryProblem(iso3);
    if (problem) problems.push(`${where}: "${iso3}" ${problem}`);
  };

  for (const [file, ids] of [
    ['activities.json', data.activities.map((a) => a.id)],
    ['sources.json', data.sources.map((s) => s.id)],
    ['places.json', data.places.map((p) => p.id)],
    ['groups.json', data.groups.map((g) => g.id)],
    ['series.json', data.series.map((s) => s.id)],
    ['programmes.json', data.programmes.map((p) => p.id)],
  ] as const) {
    for (const id of duplicates([...ids])) problems.push(`${file}: id "${id}" is used more than once`);
  }

  data.activities.forEach((a, i) => {
    const where = `activities.json › activities[${i}] (id "${a.id}")`;
    const progTypes = types.get(a.programme);
    if (!progTypes) problems.push(`${where} › programme: no programme "${a.programme}" in programmes.json`);
    else if (!progTypes.has(a.type)) problems.push(`${where} › type: programme "${a.programme}" has no type "${a.type}"`);
    a.countries.forEach((c, j) => country(`${where} › countries[${j}]`, c));
    a.organisations?.forEach((o, j) => {
      if (!groupIds.has(o)) problems.push(`${where} › organisations[${j}]: no group "${o}" in groups.json`);
    });
    if (a.region && !groupIds.has(a.region)) problems.push(`${where} › region: no group "${a.region}" in groups.json`);
    if (a.place && !placeIds.has(a.place)) problems.push(`${where} › place: no place "${a.place}" in places.json`);
    a.subnational?.forEach((id, j) => {
      const p = places.get(id);
      const problem = !p
        ? `no place "${id}" in places.json`
        : p.kind !== 'subnational'
          ? `place "${id}" is of kind ${p.kind}, not subnational`
          : !a.countries.includes(p.iso3)
            ? `place "${id}" lies in ${p.iso3}, which is not in countries`
            : null;
      if (problem) problems.push(`${where} › subnational[${j}]: ${problem}`);
    });
    if (a.end && a.end < a.start) problems.push(`${where} › end: "${a.end}" is before start "${a.start}"`);
    refs(where, a.sources);
  });
  data.places.forEach((p, i) => {
    const where = `places.json › places[${i}] (id "${p.id}")`;
    country(`${where} › iso3`, p.iso3);
    refs(where, p.sources);
  });
  data.groups.forEach((g, i) => {
    const where = `groups.json › groups[${i}] (id "${g.id}")`;
    g.members.forEach((m, j) => country(`${where} › members[${j}].iso3`, m.iso3));
    if (g.seat && !placeIds.has(g.seat)) problems.push(`${where} › seat: no place "${g.seat}" in places.json`);
    refs(where, g.sources);
  });
  data.series.forEach((s, i) =>
    s.points.forEach((p, j) => refs(`series.json › series[${i}] (id "${s.id}") › points[${j}]`, p.sources)),
  );
  data.conflicts.forEach((c, i) =>
    c.claims.forEach((cl, j) => refs(`conflicts.json › conflicts[${i}] (id "${c.id}") › claims[${j}]`, cl.sources)),
  );
  problems.push(...countingRules(data));
  return problems;
}
