// The time to build the default story's PowerPoint deck (English) from the real data in node, as the
// "Download as PowerPoint" button does less the map pictures (those need a browser to draw): the slides'
// sentences and charts worked out, pptxgenjs laying them out, and the file zipped.
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { summarise } from './util.mjs';

export async function pptxBuild(root, runs) {
  const { module: m } = await runnerImport('/scripts/pptx/storyDeck.ts', {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const disk = await m.loadFromDisk(`${root}/data`);
  await m.storyDeckFromDisk(disk, 'en'); // warm: the first run also compiles pptxgenjs
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const { bytes: b } = await m.storyDeckFromDisk(disk, 'en');
    times.push(performance.now() - t0);
    bytes = b.length;
  }
  return { ...summarise(times), bytes };
}
