// Lighthouse 12.2.3 (exactly: 13 needs Node 22), mobile and desktop, as in design/tooling.md.
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { log, run } from './util.mjs';

const VERSION = '12.2.3';
const RUN_TIMEOUT = 150_000;

/**
 * Runs one preset `runs` times and keeps the run with the median performance score (its report is
 * reports/lh-<preset>.json); `scores` lists every run's performance score.
 */
export async function lighthouse(root, url, preset, reportsDir, runs = 1, ensureServer = async () => {}) {
  const done = [];
  for (let i = 0; i < runs; i++) {
    await ensureServer();
    const out = join(reportsDir, runs === 1 ? `lh-${preset}.json` : `lh-${preset}.run${i + 1}.json`);
    done.push(await runOnce(root, url, preset, out));
  }
  const sorted = [...done].sort((a, b) => a.performance - b.performance);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)];
  if (runs > 1) {
    const final = join(reportsDir, `lh-${preset}.json`);
    copyFileSync(chosen.report, final);
    for (const d of done) rmSync(d.report, { force: true });
    chosen.report = final;
  }
  return { ...chosen, runs, scores: done.map((d) => d.performance) };
}

/** One run, retried once if Lighthouse fails or reports a runtime error. */
async function runOnce(root, url, preset, out) {
  const args = [
    '--yes',
    `lighthouse@${VERSION}`,
    url,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  let lastError = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    log(`lighthouse ${preset} (attempt ${attempt})`);
    rmSync(out, { force: true });
    const started = Date.now();
    const {
      code,
      timedOut,
      out: text,
    } = await run('npx', args, { cwd: root, env, timeoutMs: RUN_TIMEOUT, capture: true });
    const secs = Math.round((Date.now() - started) / 1000);
    if (code === 0 && existsSync(out)) {
      const lhr = JSON.parse(readFileSync(out, 'utf8'));
      const err =
        lhr.runtimeError?.code ?? (lhr.categories?.performance?.score == null ? 'NO_PERFORMANCE_SCORE' : null);
      if (!err) {
        log(`lighthouse ${preset}: done in ${secs} s`);
        return summarise(lhr, out);
      }
      lastError = `${err}: ${lhr.runtimeError?.message ?? 'the performance score is missing'}`;
    } else {
      lastError = timedOut
        ? `timed out after ${RUN_TIMEOUT / 1000} s`
        : `exit ${code}: ${text
            .trim()
            .split('\n')
            .filter((l) => l.trim() && !/^npm warn/i.test(l))
            .slice(-4)
            .join(' | ')}`;
    }
    log(`lighthouse ${preset} failed (${lastError})`);
  }
  throw new Error(`Lighthouse ${preset}: ${lastError}`);
}

const score = (c) => (c?.score == null ? null : Math.round(c.score * 100));

/** Scores, LCP/TBT/CLS, and what Lighthouse flags: failed audits and the biggest opportunities. */
function summarise(lhr, file) {
  const a = lhr.audits;
  const failed = (cat) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .map((r) => ({ x: a[r.id], weight: r.weight }))
      .filter(
        ({ x }) =>
          x && x.score !== null && x.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(x.scoreDisplayMode),
      )
      .map(({ x, weight }) => ({
        id: x.id,
        title: `${x.title}${weight === 0 ? ' [weight 0: does not lower the score]' : ''}`,
        weight,
        displayValue: x.displayValue ?? '',
        items: detailItems(x),
      }));
  const perfFlags = Object.values(a)
    .filter(
      (x) =>
        x.score !== null &&
        x.score < 0.9 &&
        x.details &&
        ['opportunity', 'table', 'list', 'debugdata'].includes(x.details.type),
    )
    .filter((x) => !['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].includes(x.id))
    .map((x) => ({
      id: x.id,
      title: x.title,
      displayValue: x.displayValue ?? '',
      savingsMs: x.details?.overallSavingsMs ?? x.metricSavings?.LCP ?? x.metricSavings?.TBT ?? 0,
      items: detailItems(x),
    }))
    .sort((p, q) => q.savingsMs - p.savingsMs)
    .slice(0, 8);
  return {
    report: file,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    lcpMs: a['largest-contentful-paint']?.numericValue ?? null,
    fcpMs: a['first-contentful-paint']?.numericValue ?? null,
    tbtMs: a['total-blocking-time']?.numericValue ?? null,
    cls: a['cumulative-layout-shift']?.numericValue ?? null,
    // Lighthouse's own measure of the host's speed (higher is faster), for comparing runs.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    failedAccessibility: failed('accessibility'),
    failedBestPractices: failed('best-practices'),
    performanceFlags: perfFlags,
  };
}

function detailItems(audit) {
  const items = audit.details?.items ?? [];
  const sub = (it) =>
    (it.subItems?.items ?? []).map((x) => x.error ?? x.reason ?? x.url ?? JSON.stringify(x)).join('; ');
  return items.slice(0, 5).map((it) => {
    const node = it.node ?? it.element;
    if (it.scriptUrl) return `${it.scriptUrl}: ${sub(it)}`;
    if (it.issueType) return `${it.issueType}${sub(it) ? `: ${sub(it)}` : ''}`;
    if (it.groupLabel) return `${it.groupLabel}: ${Math.round(it.duration)} ms`;
    if (it.statistic) return `${it.statistic}: ${it.value?.value ?? it.value}`;
    if (node?.snippet) return `${node.selector ?? ''} ${node.snippet}`.trim().slice(0, 200);
    if (it.url && it.total)
      return `${it.url}: ${Math.round(it.total)} ms (script evaluation ${Math.round(it.scripting ?? 0)} ms)`;
    if (it.url)
      return `${it.url}${it.wastedBytes ? ` (${Math.round(it.wastedBytes / 1000)} KB wasted)` : ''}${it.wastedMs ? ` (${Math.round(it.wastedMs)} ms)` : ''}`;
    if (it.description) return String(it.description).slice(0, 200);
    return JSON.stringify(it).slice(0, 200);
  });
}
