// The map's "by programme" measure: a country takes the colour of the programme with the most activities
// held in or with it (under the filters, so a chosen programme colours every country it reached). When two
// or more programmes share the most, no colour would be true: the country is striped, and the key says so.

/** Two or more programmes have the most activities in the country. */
export const TIED = 'tied';

export interface Leading {
  /** a programme id, or TIED */
  id: string;
  /** the programmes with the most activities (one, or those that tie), in the order given */
  ids: string[];
}

/** The programme with the most direct activities in a country, from its counts by programme; null when
 * there are none. */
export function leadingProgramme(byProgramme: ReadonlyMap<string, number>): Leading | null {
  let most = 0;
  let ids: string[] = [];
  for (const [id, n] of byProgramme) {
    if (n > most) [most, ids] = [n, [id]];
    else if (n === most && n > 0) ids.push(id);
  }
  if (ids.length === 0) return null;
  return { id: ids.length === 1 ? (ids[0] ?? TIED) : TIED, ids };
}
