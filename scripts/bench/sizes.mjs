// Byte counts: every JS/CSS file of the build, and what the page actually fetched before the map.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sizeOf } from './util.mjs';

const sum = (list) => list.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });

/** Raw and gzip size of each file in dist/assets, by file name. */
export function assetSizes(dist) {
  const dir = join(dist, 'assets');
  const files = new Map();
  for (const name of readdirSync(dir)) files.set(name, { name, ...sizeOf(join(dir, name)) });
  return files;
}

export function buildTotals(files) {
  const of = (re) => [...files.values()].filter((f) => re.test(f.name));
  const js = of(/\.m?js$/);
  const css = of(/\.css$/);
  return {
    js: { files: js.length, ...sum(js) },
    css: { files: css.length, ...sum(css) },
    chunks: js.map((f) => ({ name: f.name, raw: f.raw, gzip: f.gzip })).sort((a, b) => b.gzip - a.gzip),
  };
}

const assetName = (url) => basename(new URL(url).pathname);

/**
 * From the resource entries of cold loads: the JS/CSS received before the first country path was in
 * the DOM (union over the loads, so a chunk that only sometimes wins the race still counts), and the
 * data files fetched during the load.
 */
export function loadedBytes(files, loads) {
  const critical = new Set();
  const data = new Set();
  const seen = {};
  const transfers = {};
  for (const l of loads) {
    for (const e of l.resources) {
      const name = assetName(e.name);
      (transfers[name] ??= []).push(e.transfer);
      if (/\.(m?js|css)$/.test(name) && l.firstPath !== null && e.end <= l.firstPath) {
        critical.add(name);
        seen[name] = (seen[name] ?? 0) + 1;
      }
      if (/\.(json|geojson)$/.test(name)) data.add(name);
    }
  }
  const pick = (set, re) =>
    [...set]
      .filter((n) => re.test(n) && files.has(n))
      .sort()
      .map((n) => files.get(n));
  const cjs = pick(critical, /\.m?js$/);
  const ccss = pick(critical, /\.css$/);
  // The geometry is countries.geojson (or whatever format replaces it); the rest are the data files.
  const geo = pick(data, /^countries[-.]/);
  const json = pick(data, /\.json$/).filter((f) => !/^countries[-.]/.test(f.name));
  // How many of the loads had each file before the map: a lazy chunk that wins the race only
  // sometimes shows as k/n.
  // What actually crossed the wire (Resource Timing's transferSize, median over the loads): a server
  // that does not compress a file shows here, whatever its gzip size.
  const transferred = (list) =>
    list.reduce((n, f) => {
      const t = [...(transfers[f.name] ?? [])].sort((a, b) => a - b);
      return n + (t[Math.floor(t.length / 2)] ?? 0);
    }, 0);
  const label = (f) => (seen[f.name] === loads.length ? f.name : `${f.name} (${seen[f.name]}/${loads.length} loads)`);
  return {
    criticalJs: { files: cjs.map(label), ...sum(cjs) },
    criticalCss: { files: ccss.map(label), ...sum(ccss) },
    geometry: { files: geo.map((f) => f.name), ...sum(geo), transferred: transferred(geo) },
    data: { files: json.map((f) => f.name), ...sum(json), transferred: transferred(json) },
    lateJs: [...files.values()].filter((f) => /\.m?js$/.test(f.name) && !critical.has(f.name)).map((f) => f.name),
  };
}
