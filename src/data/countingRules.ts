// Rules that keep the dataset's numbers sayable out loud (data/README.md, "Counting rules"): who paid
// for each record, which figures are contained in others, what the status of a project says, and on
// what basis a series value stands. Schemas check one record at a time; these rules look across records.
import { measureOf } from '../domain/measures';
import type { Activity, Dataset, Figure, PointBasis, SeriesPoint } from '../domain/types';
import type { CrossCheck } from './crossCheck';
import { quote } from './describeValue';

type Problems = string[];

const activityAt = (i: number, id: string) => `activities.json › activities[${i}] (id ${quote(id)})`;

function fundingRules(data: Dataset, problems: Problems) {
  data.activities.forEach((a, i) => {
    // JICA finances its own projects; a WIPO record is either the fund's work or context.
    if ((a.partner === 'JICA') !== (a.funding === 'jica')) {
      problems.push(
        `${activityAt(i, a.id)} › funding: ${quote(a.funding)} does not fit partner ${a.partner}; ` +
          'records with partner JICA have funding "jica", WIPO records have "fund" or "context"',
      );
    }
  });
}

// A point's kind says what the value is, its basis where it comes from; the two must not contradict.
const BASES_OF_KIND: Record<SeriesPoint['kind'], readonly PointBasis[]> = {
  target: ['target'],
  request: ['budget'],
  budget: ['budget', 'press-estimate'],
  annual: ['actual', 'budget', 'converted', 'press-estimate'],
  cumulative: ['actual', 'converted', 'press-estimate'],
};

function basisRules(data: Dataset, problems: Problems) {
  data.series.forEach((s, i) =>
    s.points.forEach((p, j) => {
      const allowed = BASES_OF_KIND[p.kind];
      if (!allowed.includes(p.basis)) {
        problems.push(
          `series.json › series[${i}] (id ${quote(s.id)}) › points[${j}] (${p.date}) › basis: ${quote(p.basis)} does not fit ` +
            `kind ${quote(p.kind)}; expected ${allowed.map((b) => quote(b)).join(' or ')}`,
        );
      }
    }),
  );
}

// One project is one programme strand with the same countries and regional bodies: the digitalisation
// project of Malawi in 2021 and in 2022 are the same project in two years. A record that names neither
// a country nor a body (a worldwide system, a region) cannot be matched this way and is not compared.
const projectKey = (a: Activity) =>
  a.countries.length + (a.organisations?.length ?? 0) === 0
    ? undefined
    : [a.programme, a.type, [...a.countries].sort().join(','), [...(a.organisations ?? [])].sort().join(',')].join('|');

function statusRules(data: Dataset, problems: Problems) {
  const completed = new Map<string, Activity[]>();
  for (const a of data.activities) {
    const key = projectKey(a);
    if (a.status?.state !== 'completed' || key === undefined) continue;
    completed.set(key, [...(completed.get(key) ?? []), a]);
  }
  data.activities.forEach((a, i) => {
    const st = a.status;
    if (!st || st.year === undefined) return;
    const where = `${activityAt(i, a.id)} › status`;
    const first = Number(a.start.slice(0, 4));
    const last = a.end ? Number(a.end.slice(0, 4)) : undefined;
    if (st.year < first) problems.push(`${where}: ${st.state} in ${st.year}, before the record starts (${a.start})`);
    if (last !== undefined && st.year > last && st.state !== 'ongoing') {
      problems.push(`${where}: ${st.state} in ${st.year}, after the record ends (${a.end})`);
    }
    if (last !== undefined && st.state === 'ongoing' && last < st.year) {
      problems.push(`${where}: ongoing as of ${st.year}, but the record ends in ${a.end}`);
    }
    if (st.state !== 'ongoing') return;
    // "Ongoing" is an open claim; a completion of the same project from the record's start on ends it.
    const key = projectKey(a);
    for (const b of (key && completed.get(key)) || []) {
      if (b === a || (b.status?.year ?? 0) < first) continue;
      problems.push(
        `${where}: says ongoing (as of ${st.year}), but ${quote(b.id)} says the same project was completed in ` +
          `${b.status?.year}; give the state the source gives for this record's year (implemented in ${first}?)`,
      );
    }
  });
}

function eventRules(data: Dataset, problems: Problems) {
  data.programmes.forEach((p, i) =>
    p.types.forEach((t, j) => {
      if (t.event === undefined) {
        problems.push(
          `programmes.json › programmes[${i}] (id ${quote(p.id)}) › types[${j}] (id ${quote(t.id)}) › event: missing; ` +
            'say whether dated records of this type are gatherings (true) or not (false)',
        );
      }
    }),
  );
}

// Figures of one measure are added together; these rules make sure nobody is added twice. A figure that
// counts people already counted elsewhere names that figure in `partOf`, and is then left out of totals.
function figureRules(data: Dataset, problems: Problems) {
  const byId = new Map(data.activities.map((a) => [a.id, a]));
  const family = (f: Figure) => measureOf(f.kind) ?? f.kind;
  const label = (f: Figure) => `${f.kind} ${f.value}`;
  data.activities.forEach((a, i) => {
    const figures = a.figures ?? [];
    const seen = new Set<string>();
    figures.forEach((f, j) => {
      const where = `${activityAt(i, a.id)} › figures[${j}] (${label(f)})`;
      if (f.id !== undefined) {
        if (seen.has(f.id)) problems.push(`${where} › id: ${quote(f.id)} names another figure of this activity`);
        seen.add(f.id);
      }
      let whole = 0;
      f.partOf?.forEach((r, k) => {
        const target = byId.get(r.activity)?.figures?.find((g) => g.id === r.figure);
        if (target) whole += target.value;
        const problem = !byId.has(r.activity)
          ? `no activity ${quote(r.activity)}`
          : !target
            ? `activity ${quote(r.activity)} has no figure with id ${quote(r.figure)}`
            : target === f
              ? 'a figure cannot be part of itself'
              : target.partOf
                ? `${quote(r.activity)} › ${r.figure} is itself part of another figure; name the outermost one`
                : family(target) !== family(f)
                  ? `${label(f)} cannot be part of ${label(target)}, which counts another kind of thing`
                  : null;
        if (problem) problems.push(`${where} › partOf[${k}]: ${problem}`);
      });
      if (f.partOf && whole > 0 && f.value > whole) {
        problems.push(`${where} › partOf: ${f.value} is more than the ${whole} it is said to be part of`);
      }
    });
    // Two figures of one activity that a measure would add: linked, or about different intakes or years.
    figures.forEach((f, j) => {
      const m = measureOf(f.kind);
      if (!m) return;
      figures.slice(0, j).forEach((g, k) => {
        const linked = (x: Figure, y: Figure) => x.partOf?.some((r) => r.activity === a.id && r.figure === y.id);
        if (measureOf(g.kind) !== m || linked(f, g) || linked(g, f)) return;
        if (f.date !== undefined && g.date !== undefined && f.date !== g.date) return;
        problems.push(
          `${activityAt(i, a.id)} › figures[${j}] (${label(f)}): would be added to figures[${k}] (${label(g)}) ` +
            `in ${quote(m)}; if they count the same people, mark one partOf the other; if different groups, date each`,
        );
      });
    });
  });
}

const rule = (files: CrossCheck['files'], check: (data: Dataset, problems: Problems) => void): CrossCheck => ({
  files,
  run: (data) => {
    const problems: Problems = [];
    check(data, problems);
    return problems;
  },
});

/** The counting rules, each with the files it reads (see CrossCheck). */
export const COUNTING_CHECKS: readonly CrossCheck[] = [
  rule(['activities.json'], fundingRules),
  rule(['series.json'], basisRules),
  rule(['activities.json'], statusRules),
  rule(['programmes.json'], eventRules),
  rule(['activities.json'], figureRules),
];
