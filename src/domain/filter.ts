// The filters a reader sets, applied to a dataset's index: which activities pass, and how many each
// option of each control would have under the other controls.
import type { ActivityIndex } from './activityIndex';
import { yearMonths } from './dates';
import { selectPositions, type Selection } from './selection';
import type { Partner, YearBasis } from './types';

export interface Filters {
  from: number;
  to: number;
  /** programme ids; empty = all */
  programmes: string[];
  /** activity type ids; empty = all */
  types: string[];
  partner: Partner | null;
  /** a regional body or region id; null = everywhere */
  group: string | null;
  basis: YearBasis;
  /** count related work with no fund link stated (`funding: context`) as well; off unless the reader asks */
  context: boolean;
}

type Dimension = 'years' | 'programmes' | 'types' | 'partner' | 'group' | 'context';
const DIMENSIONS: Dimension[] = ['years', 'programmes', 'types', 'partner', 'group', 'context'];

/** Which filters the i-th activity of the index fails, as a bit set over DIMENSIONS (0 = it passes
 * them all). A group the index does not list is touched by no activity. */
function failures(ix: ActivityIndex, f: Filters): (i: number) => number {
  const [lo] = yearMonths(f.from, f.basis);
  const [, hi] = yearMonths(f.to, f.basis);
  const allowed = (list: string[], chosen: string[]) =>
    chosen.length > 0 ? Uint8Array.from(list, (x) => (chosen.includes(x) ? 1 : 0)) : null;
  const progOk = allowed(ix.programmes, f.programmes);
  const typeOk = allowed(ix.types, f.types);
  const partner = f.partner ? ix.partners.indexOf(f.partner) : -1;
  const G = ix.groups.length;
  const g = f.group ? ix.groups.indexOf(f.group) : -1;
  return (i) => {
    let bits = 0;
    if ((ix.end[i] ?? 0) < lo || (ix.start[i] ?? 0) > hi) bits |= 1;
    if (progOk && progOk[ix.programme[i] ?? 0] === 0) bits |= 2;
    if (typeOk && typeOk[ix.type[i] ?? 0] === 0) bits |= 4;
    if (f.partner && ix.partner[i] !== partner) bits |= 8;
    if (f.group && (g < 0 || ix.touches[i * G + g] === 0)) bits |= 16;
    if (!f.context && ix.context[i] === 1) bits |= 32;
    return bits;
  };
}

/** The activities that pass every filter except those listed in `ignore`. */
export function applyFilters(ix: ActivityIndex, f: Filters, ignore: Dimension[] = []): Selection {
  const mask = DIMENSIONS.reduce((m, d, i) => (ignore.includes(d) ? m : m | (1 << i)), 0);
  const fails = failures(ix, f);
  return selectPositions(ix, (i) => (fails(i) & mask) === 0);
}

export interface FacetCounts {
  programmes: Map<string, number>;
  types: Map<string, number>;
  partner: Map<string, number>;
  /** group id → activities touching the group */
  groups: Map<string, number>;
}

const inc = (a: Int32Array, k: number, by: number) => {
  a[k] = (a[k] ?? 0) + by;
};

/** How many activities each option of each control would have under the *other* filters, in one
 * pass: an activity that fails no filter counts for every control, one that fails exactly one
 * filter counts only for that filter's options. Options with none are left out, groups are all listed. */
export function facetCounts(ix: ActivityIndex, f: Filters): FacetCounts {
  const fails = failures(ix, f);
  const progs = new Int32Array(ix.programmes.length);
  const types = new Int32Array(ix.types.length);
  const partners = new Int32Array(ix.partners.length);
  const G = ix.groups.length;
  const touched = new Int32Array(G);
  for (let i = 0; i < ix.activities.length; i++) {
    const bits = fails(i);
    // outside the years, related work left out, or fails two filters
    if (bits & 33 || (bits & (bits - 1)) !== 0) continue;
    if (bits === 0 || bits === 2) inc(progs, ix.programme[i] ?? 0, 1);
    if (bits === 0 || bits === 4) inc(types, ix.type[i] ?? 0, 1);
    if (bits === 0 || bits === 8) inc(partners, ix.partner[i] ?? 0, 1);
    if (bits === 0 || bits === 16) for (let g = 0; g < G; g++) inc(touched, g, ix.touches[i * G + g] ?? 0);
  }
  const toMap = (list: string[], counts: Int32Array) =>
    new Map(list.flatMap((k, c) => ((counts[c] ?? 0) > 0 ? [[k, counts[c] ?? 0] as const] : [])));
  return {
    programmes: toMap(ix.programmes, progs),
    types: toMap(ix.types, types),
    partner: toMap(ix.partners, partners),
    groups: new Map(ix.groups.map((id, k) => [id, touched[k] ?? 0])),
  };
}
