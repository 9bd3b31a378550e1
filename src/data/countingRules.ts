// Rules that keep the dataset's numbers sayable out loud (data/README.md, "Counting rules"): who paid
// for each record, which figures are contained in others, what the status of a project says, and on
// what basis a series value stands. Schemas check one record at a time; these rules look across records.
import type { Dataset } from '../domain/types';

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

/** Every problem the counting rules find, one line each, naming file › record › field. */
export function countingRules(data: Dataset): string[] {
  const problems: Problems = [];
  fundingRules(data, problems);
  return problems;
}
