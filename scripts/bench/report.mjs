// The one result table (markdown, printed and written to reports/bench.md) and the budgets.
import { kb, ms } from './util.mjs';

export const BUDGETS = {
  criticalJsGzip: 180_000,
  geometryGzip: 80_000,
  mapMedian4x: 1500,
  filterP95_4x: 50,
  scaledFilterP95_4x: 100,
  scaledMapRatio4x: 1.2,
  lhMobilePerf: 90,
  lhDesktopPerf: 98,
  lhAccessibility: 100,
  lhBestPractices: 100,
};

/**
 * The fixed workload's reading on the run where every budget was last met (4228e74, 2026-12-01 08:15
 * UTC, docs/benchmark.md "Latest full run"). The budgets are wall-clock figures at a fixed 4× slowdown,
 * so they hold only on a host about this fast: a slower host makes the same build slower by about as much.
 */
export const REFERENCE_HOST = { script: 34.9, layout: 24.4, run: '4228e74, 2026-12-01' };

/** How much slower than REFERENCE_HOST this host ran the fixed workload (the mean of its readings). */
export function hostRatio(speed) {
  const at = [speed?.start, speed?.end].filter(Boolean);
  if (at.length === 0) return null;
  const of = (k) => at.reduce((sum, x) => sum + x[k], 0) / at.length / REFERENCE_HOST[k];
  return { script: of('script'), layout: of('layout') };
}

const spread = (s) =>
  `median ${ms(s.median)} (p10–p90 ${ms(s.p10)}–${ms(s.p90)}, min–max ${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
const p95 = (f) =>
  `median ${ms(f.stats.median)}, p95 ${ms(f.stats.p95)}, max ${ms(f.stats.max)} (n=${f.stats.n}${f.unchanged ? `, ${f.unchanged} did not change the map` : ''})` +
  (f.all ? `; with the filter counts: median ${ms(f.all.median)}, p95 ${ms(f.all.p95)}` : '') +
  `; map alone: median ${ms(f.map.median)}, p95 ${ms(f.map.p95)}`;
const VIEWS = [
  ['map', 'map in view'],
  ['charts', 'charts in view'],
];
const rawGzip = (x) => `${kb(x.raw)} raw / ${kb(x.gzip)} gzip`;

/** Builds rows and budget verdicts. `skipped` names the sections the mode did not run. */
export function tabulate(r, skipped) {
  const rows = [];
  const budgets = [];
  const section = (title) => rows.push([`**${title}**`, '', '', '']);
  const row = (measure, value, budget = '', verdict = '') => rows.push([measure, value, budget, verdict]);
  const err = (name) => r.errors.find((e) => e.section === name || e.section === 'setup');
  // A budget: `get` returns the measured number, or throws if the section failed.
  const check = (name, measure, limitText, get, ok, fmt) => {
    let value = null;
    let verdict;
    if (skipped.has(name)) verdict = 'skipped';
    else if (err(name)) verdict = 'ERROR';
    else {
      try {
        value = get() ?? null;
      } catch {
        value = null;
      }
      verdict = value === null || Number.isNaN(value) ? 'ERROR' : ok(value) ? 'pass' : 'FAIL';
    }
    budgets.push({ section: name, measure, value, limit: limitText, result: verdict });
    let text = '—';
    try {
      if (value !== null) text = fmt(value);
    } catch {
      text = String(value);
    }
    return { text, budget: limitText, verdict };
  };
  const budgetRow = (measure, c) => row(measure, c.text, c.budget, c.verdict);
  const B = BUDGETS;

  const speed = r.meta.hostSpeed;
  if (speed?.start) {
    section('This machine (to compare runs: the same work in a blank page at CPU 1×, median of 7; lower is faster)');
    const at = (x) => (x ? `script ${x.script.toFixed(1)} ms, layout ${x.layout.toFixed(1)} ms` : '—');
    row('Fixed workload, before / after the timed sections', `${at(speed.start)} / ${at(speed.end)}`);
    const ratio = hostRatio(speed);
    row(
      `Against the host the budgets were last met on (${REFERENCE_HOST.run}: script ${REFERENCE_HOST.script} ms, layout ${REFERENCE_HOST.layout} ms)`,
      `script ×${ratio.script.toFixed(2)}, layout ×${ratio.layout.toFixed(2)} (above 1: this host is slower)`,
    );
  }
  if (!skipped.has('sizes')) {
    section('Bytes (KB = 1000 bytes; gzip = zlib level 9)');
    if (err('sizes')) row('sizes', `error: ${err('sizes').message}`, '', 'ERROR');
    const s = r.sizes;
    if (s?.totals) {
      row(`JS, all of dist/assets (${s.totals.js.files} files)`, rawGzip(s.totals.js));
      row(`CSS, all of dist/assets (${s.totals.css.files} files)`, rawGzip(s.totals.css));
    }
    budgetRow(
      `JS before the map's first paint (${s?.loaded?.criticalJs.files.join(', ') ?? '?'})`,
      check(
        'sizes',
        'critical-path JS gzip',
        `≤ ${kb(B.criticalJsGzip)} gzip`,
        () => s.loaded.criticalJs.gzip,
        (v) => v <= B.criticalJsGzip,
        () => rawGzip(s.loaded.criticalJs),
      ),
    );
    if (s?.loaded)
      row(`CSS before the map's first paint (${s.loaded.criticalCss.files.join(', ')})`, rawGzip(s.loaded.criticalCss));
    budgetRow(
      `Geometry at load (${s?.loaded?.geometry.files.join(', ') ?? '?'})`,
      check(
        'sizes',
        'geometry gzip',
        `≤ ${kb(B.geometryGzip)} gzip`,
        () => (s.loaded.geometry.files.length ? s.loaded.geometry.gzip : null),
        (v) => v <= B.geometryGzip,
        () => `${rawGzip(s.loaded.geometry)}; ${kb(s.loaded.geometry.transferred)} transferred`,
      ),
    );
    if (s?.loaded)
      row(
        `Data JSON at load (${s.loaded.data.files.length} files)`,
        `${rawGzip(s.loaded.data)}; ${kb(s.loaded.data.transferred)} transferred`,
      );
  }

  if (!skipped.has('load')) {
    section('Cold load, real data (new context per load, cache disabled, 1280×800)');
    if (err('load')) row('loads', `error: ${err('load').message}`, '', 'ERROR');
    const L = r.load;
    if (L?.['1']) row('Map painted, CPU 1×', spread(L['1'].map));
    budgetRow(
      'Map painted, CPU 4× slowdown',
      check(
        'load',
        'map painted median, 4×',
        `median ≤ ${ms(B.mapMedian4x)}`,
        () => L['4'].map.median,
        (v) => v <= B.mapMedian4x,
        () => spread(L['4'].map),
      ),
    );
    if (L?.['1']) row('Headline numbers, CPU 1×', spread(L['1'].headline));
    if (L?.['4']) row('Headline numbers, CPU 4×', spread(L['4'].headline));
    const D = r.diagnostics;
    if (D) {
      const d = Object.values(D);
      row(
        `Layout shift in Chromium, 4 s after load: ${Object.keys(D).join(' / ')}`,
        `CLS ${d.map((x) => x.cls.toFixed(3)).join(' / ')}; CSP violations ${d.reduce((a, x) => a + x.cspCount, 0)} (see notes)`,
      );
    }
  }

  if (!skipped.has('filters')) {
    section(
      'Filter change → painted frame with the map, the headline and the charts updated (budgeted; the filter counts follow one frame later, also shown), real data, 1280×800',
    );
    if (err('filters')) row('filters', `error: ${err('filters').message}`, '', 'ERROR');
    const F = r.filters;
    const years = F?.['1']?.map?.year?.values;
    for (const [view, where] of VIEWS) {
      for (const [kind, label] of [
        ['year', `Year range "From" (${years ? `${years[1]} ↔ ${years[0]}` : '?'})`],
        ['programme', `Programme checkbox (${F?.['1']?.map?.programme?.name ?? '?'})`],
      ]) {
        if (F?.['1']) row(`${label}, ${where}, CPU 1×`, p95(F['1'][view][kind]));
        budgetRow(
          `${label}, ${where}, CPU 4×`,
          check(
            'filters',
            `${kind} filter p95, ${where}, 4×`,
            `p95 ≤ ${ms(B.filterP95_4x)}`,
            () => F['4'][view][kind].stats.p95,
            (v) => v <= B.filterP95_4x,
            () => p95(F['4'][view][kind]),
          ),
        );
      }
    }
  }

  if (!skipped.has('scaling')) {
    const S = r.scaling;
    section(
      `Scaling: ${S?.dataset ? `${S.dataset.count.toLocaleString('en')} activities over ${S.dataset.countries} countries (${kb(S.dataset.bytes)} JSON)` : 'generated activities'}, in place of data/activities.json in a copy of the build; baseline = the real build, served and loaded the same way`,
    );
    if (err('scaling')) row('scaling', `error: ${err('scaling').message}`, '', 'ERROR');
    const ratio = (cpu, what) => S.load[cpu][what].median / S.baseLoad[cpu][what].median;
    const vs = (cpu, what) =>
      `${spread(S.load[cpu][what])}; real ${ms(S.baseLoad[cpu][what].median)} → ×${ratio(cpu, what).toFixed(2)}`;
    if (S?.load?.['1']) row('Map painted, CPU 1×', vs('1', 'map'));
    budgetRow(
      'Map painted, CPU 4×',
      check(
        'scaling',
        'time-to-map ratio to real, 4×',
        `≤ ×${B.scaledMapRatio4x} real`,
        () => ratio('4', 'map'),
        (v) => v <= B.scaledMapRatio4x,
        () => vs('4', 'map'),
      ),
    );
    if (S?.load?.['1']) row('Headline numbers, CPU 1×', vs('1', 'headline'));
    if (S?.load?.['4']) row('Headline numbers, CPU 4×', vs('4', 'headline'));
    const what = (kind) => {
      const f = S?.filters?.['1']?.map?.[kind];
      return kind === 'year'
        ? `Year range "From" (${f ? `${f.values[1]} ↔ ${f.values[0]}` : '?'})`
        : `Programme checkbox (${f?.name ?? '?'})`;
    };
    for (const [view, where] of VIEWS) {
      for (const kind of ['year', 'programme']) {
        const real = (cpu) => r.filters?.[cpu]?.[view]?.[kind]?.stats.p95;
        const withRatio = (cpu) =>
          `${p95(S.filters[cpu][view][kind])}; ×${(S.filters[cpu][view][kind].stats.p95 / real(cpu)).toFixed(1)} real p95`;
        if (S?.filters?.['1']) row(`${what(kind)}, ${where} → frame, CPU 1×`, withRatio('1'));
        budgetRow(
          `${what(kind)}, ${where} → frame, CPU 4×`,
          check(
            'scaling',
            `${kind} filter p95 at 10k, ${where}, 4×`,
            `p95 ≤ ${ms(B.scaledFilterP95_4x)}`,
            () => S.filters['4'][view][kind].stats.p95,
            (v) => v <= B.scaledFilterP95_4x,
            () => withRatio('4'),
          ),
        );
      }
    }
  }

  if (!skipped.has('pptx')) {
    section('PowerPoint export (node, real data; no budget)');
    if (err('pptx')) row('pptx', `error: ${err('pptx').message}`, '', 'ERROR');
    else if (r.pptx)
      row(`Build the default story's .pptx (${kb(r.pptx.bytes)}), English, without the map pictures`, spread(r.pptx));
  }

  if (!skipped.has('lighthouse')) {
    section('Lighthouse 12.2.3 (simulated throttling)');
    for (const [preset, perfMin] of [
      ['mobile', B.lhMobilePerf],
      ['desktop', B.lhDesktopPerf],
    ]) {
      const name = `lighthouse-${preset}`;
      if (err(name)) row(`${preset}`, `error: ${err(name).message}`, '', 'ERROR');
      const L = r.lighthouse?.[preset];
      budgetRow(
        `${preset}: performance`,
        check(
          name,
          `${preset} performance`,
          `≥ ${perfMin}`,
          () => L.performance,
          (v) => v >= perfMin,
          (v) => String(v),
        ),
      );
      budgetRow(
        `${preset}: accessibility`,
        check(
          name,
          `${preset} accessibility`,
          `= ${B.lhAccessibility}`,
          () => L.accessibility,
          (v) => v >= B.lhAccessibility,
          (v) => String(v),
        ),
      );
      budgetRow(
        `${preset}: best practices`,
        check(
          name,
          `${preset} best practices`,
          `= ${B.lhBestPractices}`,
          () => L.bestPractices,
          (v) => v >= B.lhBestPractices,
          (v) => String(v),
        ),
      );
      if (L?.runs > 1) row(`${preset}: performance of each run`, `${L.scores.join(', ')} (the median run is reported)`);
      if (L)
        row(
          `${preset}: LCP / TBT / CLS`,
          `${ms(L.lcpMs)} / ${ms(L.tbtMs)} / ${L.cls?.toFixed(3) ?? '—'} (FCP ${ms(L.fcpMs)})`,
        );
    }
  }
  return { rows, budgets };
}

export function markdown(rows) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  const head = ['Measure', 'Value', 'Budget', 'Result'];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** What Lighthouse flagged, for the notes under the table (bench.md only). */
export function lighthouseNotes(lh) {
  const lines = [];
  for (const [preset, L] of Object.entries(lh ?? {})) {
    if (!L) continue;
    lines.push(`### Lighthouse ${preset} (${L.report})`, '');
    if (L.benchmarkIndex)
      lines.push(`- Host benchmark index (Lighthouse; higher is faster): ${Math.round(L.benchmarkIndex)}`);
    if (L.lcpElement) lines.push(`- LCP element: \`${L.lcpElement.replace(/`/g, "'").slice(0, 160)}\``);
    for (const [title, list] of [
      ['accessibility', L.failedAccessibility],
      ['best practices', L.failedBestPractices],
      ['performance (top flags)', L.performanceFlags],
    ]) {
      if (!list.length) continue;
      lines.push(`- Failed/flagged in ${title}:`);
      for (const a of list) {
        lines.push(`  - \`${a.id}\` — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        for (const it of a.items.slice(0, 3)) lines.push(`    - ${it.replace(/`/g, "'")}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** What moved during the load and what the Content-Security-Policy blocked (bench.md only). */
export function diagnosticNotes(diag) {
  if (!diag) return '';
  const lines = [
    '### Load diagnostics (one cold load per screen, 4 s after the map; rects are x,y w×h before → after)',
    '',
  ];
  for (const [screen, d] of Object.entries(diag)) {
    lines.push(`- ${screen}: layout shifts CLS ${d.cls.toFixed(3)}${d.shifts.length ? '; largest:' : ''}`);
    for (const x of d.shifts)
      lines.push(`  - ${x.value.toFixed(3)} at ${x.at} ms: ${x.nodes.join(', ') || '(no source node)'}`);
    lines.push(`- ${screen}: CSP violations ${d.cspCount}`);
    for (const c of d.csp)
      lines.push(
        `  - ${c.directive}: blocked ${c.blocked || '?'} from ${c.source}${c.sample ? ` (\`${c.sample.replace(/`/g, "'")}\`)` : ''}`,
      );
  }
  return `${lines.join('\n')}\n\n`;
}
