// npm run licenses — the third-party notice: every package the app depends on at run time (the
// production dependencies of package-lock.json, transitive ones included), with its licence id from its
// own package.json and the licence text it ships. The build writes the full notice next to the app
// (dist/THIRD-PARTY-NOTICES.txt; inside the one file of build:single); this script prints the list,
// or with --full the whole notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export interface RuntimePackage {
  name: string;
  version: string;
  license: string;
  /** where it is installed, relative to the project: node_modules/… */
  path: string;
  repository?: string;
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
}

type Manifest = {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  repository?: string | { url?: string };
  homepage?: string;
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function licenseOf(m: Manifest, lock: LockEntry): string {
  if (typeof m.license === 'string') return m.license;
  if (m.license?.type) return m.license.type;
  if (m.licenses?.length) return m.licenses.map((l) => l.type ?? '?').join(' OR ');
  return lock.license ?? 'UNKNOWN';
}

/** The production dependencies the lock file lists, with the licence each one's package.json declares. */
export function runtimePackages(root = process.cwd()): RuntimePackage[] {
  const lock = readJson<{ packages: Record<string, LockEntry> }>(join(root, 'package-lock.json'));
  return Object.entries(lock.packages)
    .filter(([path, e]) => path.startsWith('node_modules/') && !e.dev && !e.devOptional && !e.link)
    .map(([path, e]) => {
      const m = readJson<Manifest>(join(root, path, 'package.json'));
      const repo = typeof m.repository === 'string' ? m.repository : m.repository?.url;
      return {
        name: m.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
        version: m.version ?? e.version ?? '?',
        license: licenseOf(m, e),
        path,
        repository: repo ?? m.homepage,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** The licence texts a package ships (LICENSE, LICENCE.md, COPYING, NOTICE…). */
function licenseTexts(root: string, path: string): string[] {
  const dir = join(root, path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => LICENSE_FILE.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
}

const pad = (s: string, n: number) => s.padEnd(n, ' ');

/** The list: one line per package, name, version and licence id. */
export function noticeSummary(packages: RuntimePackage[]): string {
  const w = Math.max(...packages.map((p) => `${p.name} ${p.version}`.length)) + 2;
  return packages.map((p) => `${pad(`${p.name} ${p.version}`, w)}${p.license}`).join('\n');
}

/** The whole notice: the list, then each package's licence text. */
export function thirdPartyNotices(root = process.cwd()): string {
  const own = readJson<Manifest>(join(root, 'package.json'));
  const packages = runtimePackages(root);
  const rule = '='.repeat(78);
  const sections = packages.map((p) => {
    const texts = licenseTexts(root, p.path);
    return [
      rule,
      `${p.name} ${p.version}`,
      `License: ${p.license}`,
      ...(p.repository ? [`Source: ${p.repository}`] : []),
      '',
      texts.length > 0
        ? texts.join('\n\n')
        : `(The package ships no licence file; its package.json says ${p.license}.)`,
    ].join('\n');
  });
  return [
    `Third-party notices for IP Cooperation Atlas (${own.name} ${own.version})`,
    '',
    `IP Cooperation Atlas itself is under the ${licenseOf(own, {})} licence (see LICENSE in its source). It uses`,
    'the packages below at run time (the production dependencies in package-lock.json, transitive ones',
    'included), each under its own licence, reproduced here as each package ships it.',
    '',
    'Note: react-leaflet and @react-leaflet/core are under the Hippocratic License 2.1, which is not an',
    'OSI-approved open-source licence: it permits use only in line with human-rights principles and laws.',
    '',
    noticeSummary(packages),
    '',
    ...sections,
    '',
  ].join('\n');
}

export const NOTICE_FILE = 'THIRD-PARTY-NOTICES.txt';

// A comment must not contain "--" sequences that could end it early ("-->", "--!>").
const commentSafe = (text: string) => text.replace(/--/g, '- -').replace(/--/g, '- -');

/** Ships the notice with the build: as its own file, or inside index.html for the one-file build. */
export function licenseNotice({ inline }: { inline: boolean }): Plugin {
  return {
    name: 'atlas-license-notice',
    apply: 'build',
    ...(inline
      ? {
          transformIndexHtml: (html: string) =>
            html.replace('</body>', () => `<!--\n${commentSafe(thirdPartyNotices())}\n-->\n  </body>`),
        }
      : {
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: NOTICE_FILE, source: thirdPartyNotices() });
          },
        }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(process.argv.includes('--full') ? thirdPartyNotices() : noticeSummary(runtimePackages()));
}
