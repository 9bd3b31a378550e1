// The treaty slide's sentences: WIPO membership among the countries the activities reached.
import { count, year, type Value } from './sentence';
import type { Writer } from './slideWriter';
import { beyondRecords } from './treaties';
import { percentOf, treatyShare } from './treatyMap';
import { treatyOfMeasure } from './values';

/** Of the countries the activities were held in or with, how many WIPO's records here show as members
 * of the slide's treaty at the end of its last year; those covered through a regional body and those
 * with no record are said apart, never counted as members or as non-members. */
export function treatyMembership(w: Writer): boolean {
  const { treaties, measure, to, stats } = w.input;
  const treaty = treatyOfMeasure(measure) ?? 'madrid';
  const named = treaties?.treaties.find((t) => t.id === treaty);
  if (!treaties || !named) return false;
  const reached = [...stats.values()].filter((s) => s.direct > 0).map((s) => s.iso3);
  if (reached.length === 0) {
    w.add('empty', {}, {});
    return true;
  }
  // The records behind the count: the activities that reached these countries (the statuses themselves
  // come from WIPO's pages, named in the slide's source line).
  const here = new Set(reached);
  const records = w.input.filtered.filter((a) => a.countries.some((c) => here.has(c)));
  const { total, counts } = treatyShare(treaties.entries, w.input.data.groups, reached, treaty, to);
  const asOfDate: Value = { kind: 'date', value: treaties.asOf.date, fiscal: false };
  // After the records' year, the statuses are the newest they hold: said so, not "at the end of 2027".
  w.add(
    beyondRecords(to, treaties.asOf.date) ? 'treatyShareNewest' : 'treatyShare',
    {
      members: { kind: 'number', value: counts.member },
      total: count(total, 'countries'),
      share: { kind: 'number', value: percentOf(counts.member, total) },
      treaty: { kind: 'text', value: named.shortName },
      year: year(to, 'calendar'),
      asOf: asOfDate,
    },
    { records },
  );
  w.add(
    'treatyOthers',
    {
      via: count(counts['via-regional-body'], 'countries'),
      unknown: count(counts.unknown, 'countries'),
      asOf: asOfDate,
    },
    { records },
  );
  return true;
}
