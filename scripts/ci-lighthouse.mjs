// CI's Lighthouse step: `npm run bench -- --lighthouse-only --no-build --lh-runs=5`, then enforce every
// Lighthouse budget: performance (mobile ≥ 90, desktop ≥ 98, the median of five runs, since one run
// moves by a few points), accessibility 100 and best practices 100, and no measurement error.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = spawnSync('node', ['scripts/bench.mjs', '--lighthouse-only', '--no-build', '--lh-runs=5'], { stdio: 'inherit' });
let report;
try {
  report = JSON.parse(readFileSync('reports/bench.json', 'utf8'));
} catch {
  console.error(`ci-lighthouse: no reports/bench.json (bench exited ${run.status})`);
  process.exit(1);
}
// The other sections are skipped in this mode; their budgets are listed as 'skipped'.
const checked = report.budgets.filter((b) => b.result !== 'skipped');
const bad = checked.filter((b) => b.result !== 'pass');
if (bad.length > 0 || (report.errors ?? []).length > 0 || checked.length === 0) {
  for (const b of bad) console.error(`ci-lighthouse: ${b.result} ${b.measure} = ${b.value} (budget ${b.limit})`);
  for (const e of report.errors ?? []) console.error(`ci-lighthouse: ERROR ${e.section}: ${e.message}`);
  if (checked.length === 0) console.error('ci-lighthouse: no budget was checked');
  process.exit(1);
}
console.log(`ci-lighthouse: all ${checked.length} Lighthouse budgets pass`);
