// What the map and a slide say about one treaty in the selected years, from the statuses of
// treaties.ts. Pure: no React, no loading. "Not found in WIPO's records here" (`unknown`) is its own
// class everywhere and is never counted or coloured as "not a member".
import { statusMap, type TreatyStatus } from './treaties';
import type { TreatyEntry } from './treatyTypes';
import type { Group } from './types';

export type TreatyClass = TreatyStatus['kind'];

/** The classes in the order of the map's key: strongest tie first, "not found" last. */
export const TREATY_CLASSES = ['member', 'via-regional-body', 'pending', 'not-member', 'unknown'] as const;

/** The class of every listed country at the end of `year` (the `to` year of the slider): a country
 * for which the treaty entered into force in 2015 is `member` from 2015 on. */
export function treatyClasses(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  countries: Iterable<string>,
  treaty: string,
  year: number,
): Map<string, TreatyClass> {
  return new Map([...statusMap(entries, groups, countries, treaty, year)].map(([c, s]) => [c, s.kind]));
}

export interface TreatyShare {
  /** the countries counted: those the selected activities were held in or with */
  total: number;
  /** how many of them fall in each class */
  counts: Record<TreatyClass, number>;
}

/** How the countries the fund reached stand towards one treaty at the end of `year`. Each country
 * counts once, in one class. */
export function treatyShare(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  reached: Iterable<string>,
  treaty: string,
  year: number,
): TreatyShare {
  const counts = Object.fromEntries(TREATY_CLASSES.map((c) => [c, 0])) as Record<TreatyClass, number>;
  let total = 0;
  for (const cls of treatyClasses(entries, groups, reached, treaty, year).values()) {
    counts[cls] += 1;
    total += 1;
  }
  return { total, counts };
}

/** A share as a whole percentage, rounded to the nearest (the sentence says so by giving both counts). */
export const percentOf = (n: number, total: number): number => (total === 0 ? 0 : Math.round((100 * n) / total));
