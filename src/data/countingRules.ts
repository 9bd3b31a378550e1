// Rules that keep the dataset's numbers sayable out loud (data/README.md, "Counting rules"): who paid
// for each record, which figures are contained in others, what the status of a project says, and on
// what basis a series value stands. Schemas check one record at a time; these rules look across records.
import type { Dataset, PointBasis, SeriesPoint } from '../domain/types';

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

/** Every problem the counting rules find, one line each, naming file › record › field. */
export function countingRules(data: Dataset): string[] {
  const problems: Problems = [];
  fundingRules(data, problems);
  basisRules(data, problems);
  return problems;
}
