// Rules that keep the dataset's numbers sayable out loud (data/README.md, "Counting rules"): who paid
// for each record, which figures are contained in others, what the status of a project says, and on
// what basis a series value stands. Schemas check one record at a time; these rules look across records.
import type { Activity, Dataset, PointBasis, SeriesPoint } from '../domain/types';

type Problems = string[];

const activityAt = (i: number, id: string) => `activities.json › activities[${i}] (id "${id}")`;

function fundingRules(data: Dataset, problems: Problems) {
  data.activities.forEach((a, i) => {
    // JICA finances its own projects; a WIPO record is either the fund's work or context.
    if ((a.partner === 'JICA') !== (a.funding === 'jica')) {
      problems.push(
        `${activityAt(i, a.id)} › funding: "${a.funding}" does not fit partner ${a.partner}; ` +
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
          `series.json › series[${i}] (id "${s.id}") › points[${j}] (${p.date}) › basis: "${p.basis}" does not fit ` +
            `kind "${p.kind}"; expected ${allowed.map((b) => `"${b}"`).join(' or ')}`,
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
        `${where}: says ongoing (as of ${st.year}), but "${b.id}" says the same project was completed in ` +
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
          `programmes.json › programmes[${i}] (id "${p.id}") › types[${j}] (id "${t.id}") › event: missing; ` +
            'say whether dated records of this type are gatherings (true) or not (false)',
        );
      }
    }),
  );
}

/** Every problem the counting rules find, one line each, naming file › record › field. */
export function countingRules(data: Dataset): string[] {
  const problems: Problems = [];
  fundingRules(data, problems);
  basisRules(data, problems);
  statusRules(data, problems);
  eventRules(data, problems);
  return problems;
}
