// CI's Lighthouse step: `npm run bench -- --lighthouse-only --no-build` (one run per preset), then
// enforce the Lighthouse budgets that do not depend on the machine's speed: accessibility 100 and best
// practices 100 on mobile and desktop, and no measurement error. The performance scores (mobile ≥ 90,
// desktop ≥ 98) are printed with their budgets but do not fail CI: Lighthouse simulates a phone by
// multiplying the main-thread time it observes on this machine, so the same build scores 92 on one CI
// host and 73 on a slower one (docs/benchmark.md). Speed budgets are checked by `npm run bench`,
// as every other timing is: CI asserts nothing that depends on how fast or busy its machine is.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The browser tests run just before this step. Lighthouse's simulated throttling scales the main-thread
// time it observes, so a CPU still busy with their Chromiums and servers would cost points. Wait, for at
// most 90 s, until both cores have been at least 85 % idle over three seconds. (CI once measured a median
// of 89 here; whether leftover load caused it is not known: the next runs found the CPU idle at once.)
function cpuTimes() {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  return { idle: (cpu[3] ?? 0) + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
let idle = 0;
for (;;) {
  const a = cpuTimes();
  await sleep(3000);
  const b = cpuTimes();
  idle = b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
  if (idle >= 0.85 || Date.now() - started > 90_000) break;
}
console.log(
  `ci-lighthouse: CPU ${Math.round(idle * 100)} % idle after ${Math.round((Date.now() - started) / 1000)} s; starting Lighthouse`,
);

// One run per preset: the scores CI enforces (accessibility, best practices) have not differed between
// runs in any CI log, and the performance score it only prints is the bench's to judge; more runs only
// made CI longer.
const run = spawnSync('node', ['scripts/bench.mjs', '--lighthouse-only', '--no-build'], {
  stdio: 'inherit',
});
let report;
try {
  report = JSON.parse(readFileSync('reports/bench.json', 'utf8'));
} catch {
  console.error(`ci-lighthouse: no reports/bench.json (bench exited ${run.status})`);
  process.exit(1);
}
// The other sections are skipped in this mode; their budgets are listed as 'skipped'.
const measured = report.budgets.filter((b) => b.result !== 'skipped');
const timed = (b) => / performance$/.test(b.measure);
for (const b of measured.filter(timed)) {
  console.log(
    `ci-lighthouse: ${b.measure} = ${b.value} (budget ${b.limit}: ${b.result}; reported, checked by npm run bench)`,
  );
}
const checked = measured.filter((b) => !timed(b));
const bad = checked.filter((b) => b.result !== 'pass');
if (bad.length > 0 || (report.errors ?? []).length > 0 || checked.length === 0) {
  for (const b of bad) console.error(`ci-lighthouse: ${b.result} ${b.measure} = ${b.value} (budget ${b.limit})`);
  for (const e of report.errors ?? []) console.error(`ci-lighthouse: ERROR ${e.section}: ${e.message}`);
  if (checked.length === 0) console.error('ci-lighthouse: no budget was checked');
  process.exit(1);
}
console.log(`ci-lighthouse: all ${checked.length} accessibility and best-practice budgets pass`);
