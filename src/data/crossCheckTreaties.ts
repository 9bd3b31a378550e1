// Checks on data/treaties.json that its schema cannot make alone: parties the map can draw (or a
// regional body of groups.json), known treaties, sources that exist, dates in a possible order, no
// action recorded twice, nothing dated after the table's "as of" date, and a note on every copy of a
// WIPO document that WIPO does not host itself (the only sources allowed are WIPO's own).
import { isBefore, keyDate } from '../domain/treaties';
import type { TreatiesData } from '../domain/treatyTypes';
import type { PartialDate } from '../domain/types';

export interface TreatyCheckContext {
  /** ids of sources.json, which entries may cite besides the file's own sources */
  sourceIds: ReadonlySet<string>;
  /** ids of groups.json groups of kind regional-body (parties in their own right, like OAPI) */
  regionalBodies: ReadonlySet<string>;
  /** what is wrong with a country code, or null when the map knows it */
  countryProblem: (iso3: string) => string | null;
}

const FILE = 'treaties.json';

function hostedByWipo(url: string): boolean {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return false; // the schema already names a malformed address
  }
  return host === 'wipo.int' || host.endsWith('.wipo.int');
}

export function crossCheckTreaties(data: TreatiesData, ctx: TreatyCheckContext): string[] {
  const problems: string[] = [];
  const treatyIds = new Set(data.treaties.map((t) => t.id));
  const ownSources = new Set(data.sources.map((s) => s.id));
  const asOf = data.asOf.date;

  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${FILE} › ${what}: id "${id}" is used more than once`);
      seen.add(id);
    }
  };
  unique(
    'treaties',
    data.treaties.map((t) => t.id),
  );
  unique(
    'sources',
    data.sources.map((s) => s.id),
  );
  unique(
    'entries',
    data.entries.map((e) => e.id),
  );

  const notAfterAsOf = (where: string, field: string, d: PartialDate | undefined) => {
    if (d && isBefore(asOf, d)) problems.push(`${where} › ${field}: "${d}" is after the as-of date "${asOf}"`);
  };

  data.sources.forEach((s, i) => {
    const where = `${FILE} › sources[${i}] (id "${s.id}")`;
    if (ctx.sourceIds.has(s.id)) problems.push(`${where} › id: "${s.id}" is also an id in sources.json`);
    if (s.date !== 'undated') notAfterAsOf(where, 'date', s.date);
    if (!hostedByWipo(s.url) && !s.note) {
      problems.push(
        `${where} › note: the copy is not on wipo.int, so a note must say it is WIPO's document and where it was read`,
      );
    }
  });

  const seen = new Map<string, string>();
  data.entries.forEach((e, i) => {
    const where = `${FILE} › entries[${i}] (id "${e.id}")`;
    if (!ctx.regionalBodies.has(e.party)) {
      const problem = /^[A-Z]{3}$/.test(e.party)
        ? ctx.countryProblem(e.party)
        : 'is neither a country code nor a regional body of groups.json';
      if (problem) problems.push(`${where} › party: "${e.party}" ${problem}`);
    }
    if (!treatyIds.has(e.treaty)) problems.push(`${where} › treaty: no treaty "${e.treaty}" in ${FILE} treaties`);
    if (e.deposited && e.inForce && isBefore(e.inForce, e.deposited)) {
      problems.push(`${where} › inForce: "${e.inForce}" is before deposited "${e.deposited}"`);
    }
    e.sources.forEach((r, j) => {
      if (!ownSources.has(r.id) && !ctx.sourceIds.has(r.id)) {
        problems.push(`${where} › sources[${j}].id: no source "${r.id}" in ${FILE} or sources.json`);
      }
    });
    const date = keyDate(e);
    if (!date) {
      problems.push(
        `${where}: no date at all (deposited, inForce, notification.date or partyBy); leave it out instead`,
      );
    } else {
      const key = `${e.party}|${e.treaty}|${e.action}|${date}`;
      const first = seen.get(key);
      if (first) problems.push(`${where}: same party, treaty, action and date as ${first}`);
      else seen.set(key, `entries[${i}] (id "${e.id}")`);
    }
    notAfterAsOf(where, 'deposited', e.deposited);
    notAfterAsOf(where, 'inForce', e.inForce);
    notAfterAsOf(where, 'notification.date', e.notification?.date);
    notAfterAsOf(where, 'partyBy', e.partyBy);
  });
  return problems;
}
