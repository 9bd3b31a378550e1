// The third-party notice lists every package the app needs at run time. The list is checked against
// a walk of the installed packages' own dependencies, not against the lock file the script reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenseNotice, runtimePackages, thirdPartyNotices } from '../../../scripts/licenses';

type Manifest = {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Node's lookup: the package's own node_modules first, then each enclosing one. */
function resolve(from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dir.lastIndexOf('/node_modules/');
    if (up < 0) return dir === '.' ? null : resolve('.', name);
    dir = dir.slice(0, up);
  }
}

/** Every package reachable from package.json's dependencies, with peers and optional ones installed. */
function closure(): Map<string, Manifest> {
  const found = new Map<string, Manifest>();
  const visit = (from: string, names: string[]) => {
    for (const name of names) {
      const dir = resolve(from, name);
      if (!dir || found.has(dir)) continue;
      const m = manifest(dir);
      found.set(dir, m);
      const peers = Object.keys(m.peerDependencies ?? {}).filter((p) => !m.peerDependenciesMeta?.[p]?.optional);
      visit(dir, [...Object.keys(m.dependencies ?? {}), ...Object.keys(m.optionalDependencies ?? {}), ...peers]);
    }
  };
  visit('.', Object.keys(manifest('.').dependencies ?? {}));
  return found;
}

const notice = thirdPartyNotices();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('third-party notice', () => {
  it('lists every runtime dependency, direct and transitive, with the licence its package.json declares', () => {
    const reachable = [...closure().values()];
    expect(reachable.length).toBeGreaterThan(20);
    for (const m of reachable) {
      expect(notice, m.name).toMatch(
        new RegExp(`^${escape(`${m.name} ${m.version}`)} +${escape(m.license ?? '?')}$`, 'm'),
      );
    }
    expect(
      runtimePackages()
        .map((p) => `${p.name}@${p.version}`)
        .sort(),
    ).toEqual(reachable.map((m) => `${m.name}@${m.version}`).sort());
  });

  it('lists no development tool', () => {
    for (const dev of ['vite', 'vitest', 'typescript', '@playwright/test', 'fast-check']) {
      expect(
        runtimePackages().some((p) => p.name === dev),
        dev,
      ).toBe(false);
    }
  });

  it("reproduces react-leaflet's Hippocratic License and says it is not an OSI licence", () => {
    expect(notice).toMatch(/^react-leaflet \S+ +Hippocratic-2\.1$/m);
    expect(notice).toContain('react-leaflet Copyright 2020 Paul Le Cam and contributors');
    expect(notice).toContain('Hippocratic License Version Number: 2.1.');
    expect(notice).toContain('not an\nOSI-approved');
  });

  it('goes into the one-file build as a comment that nothing in it can end early', () => {
    const plugin = licenseNotice({ inline: true });
    const html = (plugin.transformIndexHtml as (html: string) => string)('<html><body><p>x</p></body></html>');
    const comment = html.slice(html.indexOf('<!--') + 4, html.lastIndexOf('-->'));
    expect(comment).toContain('react-leaflet');
    expect(comment).not.toContain('--');
    expect(html.endsWith('-->\n  </body></html>')).toBe(true);
  });
});

describe("the README's cost of a swap away from react-leaflet", () => {
  /** Every file in src/ that imports react-leaflet, and what it imports from it. */
  function uses() {
    const files: string[] = [];
    const imports = new Set<string>();
    for (const path of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(path)) continue;
      const text = readFileSync(join('src', path), 'utf8');
      const found = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(?:react-leaflet|@react-leaflet\/core)'/g)];
      if (found.length === 0) continue;
      files.push(path);
      for (const m of found) for (const name of (m[1] ?? '').split(',')) if (name.trim()) imports.add(name.trim());
    }
    return { files, imports };
  }

  it('names every file that uses it and everything they import from it, and nothing else', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf("If a user's policy forbids it, the map can run on Leaflet");
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ');
    const { files, imports } = uses();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f, 'the README says all are in the map feature').toMatch(/^features\/map\//);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
    expect(paragraph).toContain(`used in ${words[files.length]} files of \`src/features/map/\``);
    // The names in backquotes (paths and `L.Map` aside) are exactly the files and the imports.
    const named = [...paragraph.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]);
    const basenames = files.map((f) => f.replace(/^.*\//, '').replace(/\.tsx?$/, ''));
    expect(named.sort()).toEqual([...basenames, ...imports].sort());
  });
});
