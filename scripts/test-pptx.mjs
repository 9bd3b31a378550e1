// npm run test:pptx — the default story's PowerPoint deck, built in node from the real data the way the
// app builds it, opened by a real client: LibreOffice Impress converts it to PDF (headless), and the PDF
// must have one page per slide with every slide's title in its text, in English and in Japanese.
// The decks, PDFs and 50 dpi page images are left in test-results/pptx/ to look at.
// Needs soffice (Debian: libreoffice-impress) and pdfinfo / pdftotext / pdftoppm (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const out = resolve('test-results/pptx');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// A profile of its own: another soffice running on the machine would otherwise take the conversion over.
const profile = mkdtempSync(join(tmpdir(), 'atlas-soffice-'));

const { module: m } = await runnerImport('/scripts/pptx/storyDeck.ts', {
  root: process.cwd(),
  configFile: false,
  logLevel: 'error',
});
const disk = await m.loadFromDisk();
const squash = (s) => s.replace(/\s+/g, '');
const problems = [];
try {
  for (const lang of ['en', 'ja']) {
    const { spec, bytes } = await m.storyDeckFromDisk(disk, lang);
    const pptx = join(out, `story-${lang}.pptx`);
    writeFileSync(pptx, bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        pptx,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 },
    );
    const pdf = pptx.replace(/\.pptx$/, '.pdf');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    if (pages !== spec.slides.length) problems.push(`${lang}: ${pages} PDF pages for ${spec.slides.length} slides`);
    // Titles may wrap (and CJK text comes out with breaks of its own): compared without whitespace.
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    spec.slides.forEach((s, i) => {
      if (!text.includes(squash(s.title)))
        problems.push(`${lang}: slide ${i + 1}'s title "${s.title}" is not in the PDF`);
    });
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(out, `story-${lang}`)]);
    console.log(`${lang}: ${spec.slides.length} slides, ${pages} PDF pages (${pptx})`);
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`test:pptx: LibreOffice opened both decks; page images in ${out}`);
