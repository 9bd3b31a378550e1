// @vitest-environment jsdom
// Hostile text through the PowerPoint export: markup and XML-breaking text in the data files and in a
// story (its title, slide titles and notes) reaches the deck as text only. Every XML part of the .pptx
// (and of the workbooks behind its native charts) is parsed by a strict XML parser, as PowerPoint and
// LibreOffice parse it (jsdom's DOMParser, strict for XML): a part that breaks, or an element made from the
// text, fails.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORY, type Story } from '../../../src/domain/story';
import { loadFromDisk, storyDeckFromDisk, type DiskData } from '../../../scripts/pptx/storyDeck';
import { HOSTILE_TEXT_FIELDS } from '../../fixtures/hostileFields';

/** Closes the text run it lands in and opens one of its own, ends a CDATA section, makes an element,
 * and is already escaped once (an export that unescapes it, or escapes nothing, shows). */
const PAYLOAD = '</a:t><a:t>X</a:t>]]><script>alert(1)</script>&amp;';
/** Characters no XML 1.0 document may hold: a vertical tab (a line break in text copied out of
 * PowerPoint) and another control character. */
const CONTROL = '\u000bnext line\u0001';

// The fields a person reads (names, titles, publishers, notes) carry the payload, as in tests/e2e/hostile.spec.ts.
function poison(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'geometry' ? v : poison(v, HOSTILE_TEXT_FIELDS.has(k) ? k : '')]),
    );
  return typeof value === 'string' && HOSTILE_TEXT_FIELDS.has(key) ? `${value}${PAYLOAD}` : value;
}

const story: Story = {
  ...DEFAULT_STORY,
  title: `Briefing${PAYLOAD}${CONTROL}`,
  slides: DEFAULT_STORY.slides.map((s, i) => ({
    ...s,
    title: `Slide ${i + 1}${PAYLOAD}${CONTROL}`,
    notes: `Say${PAYLOAD}${CONTROL}`,
  })),
};

/** Every XML part of a zip (a workbook inside it too), parsed strictly. */
async function xmlParts(
  bytes: Uint8Array | ArrayBuffer,
  prefix = '',
): Promise<Map<string, { text: string; doc: Document }>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, { text: string; doc: Document }>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (!file) continue;
    if (name.endsWith('.xlsx'))
      for (const [inner, part] of await xmlParts(await file.async('uint8array'), `${name}!`)) parts.set(inner, part);
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await file.async('string');
    parts.set(prefix + name, { text, doc: new DOMParser().parseFromString(text, 'application/xml') });
  }
  return parts;
}

let dir: string;
let disk: DiskData;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-data-'));
  for (const file of readdirSync('data').filter((f) => /\.(json|geojson)$/.test(f)))
    writeFileSync(join(dir, file), JSON.stringify(poison(JSON.parse(readFileSync(join('data', file), 'utf8')))));
  disk = await loadFromDisk(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text in the PowerPoint export', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`is text in every part of the deck, which stays well-formed XML (${lang})`, async () => {
      const { spec, bytes } = await storyDeckFromDisk(disk, lang, story);
      // The data did arrive poisoned: the sentences and source lines carry it.
      expect(spec.slides.some((s) => s.sentences.some((x) => x.includes(PAYLOAD)))).toBe(true);

      const parts = await xmlParts(bytes);
      const slides = [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(story.slides.length);
      expect([...parts.keys()].some((n) => n.includes('.xlsx!'))).toBe(true); // the charts' workbooks
      for (const [name, { text, doc }] of parts) {
        expect(doc.getElementsByTagName('parsererror'), `${name} is well-formed`).toHaveLength(0);
        expect(doc.getElementsByTagName('script'), name).toHaveLength(0);
        expect(text, name).not.toContain('<script>');
        expect(text, name).not.toContain(']]>');
      }
      // The texts are there, whole, as text: the slides' titles and sentences, the notes, the charts' names.
      const textOf = (name: string) => parts.get(name)?.doc.documentElement.textContent ?? '';
      for (const [i, s] of spec.slides.entries()) {
        const slide = textOf(`ppt/slides/slide${i + 1}.xml`);
        expect(slide, `slide ${i + 1}`).toContain(`Slide ${i + 1}${PAYLOAD}`);
        expect(slide, `slide ${i + 1}`).toContain('next line');
        for (const sentence of s.sentences) expect(slide, `slide ${i + 1}`).toContain(sentence);
        const rels = parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.text ?? '';
        const notes = textOf(`ppt/notesSlides/${/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]}`);
        expect(notes, `notes of slide ${i + 1}`).toContain(`Say${PAYLOAD}`);
      }
      const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(textOf);
      for (const series of spec.slides.flatMap((s) => s.chart?.series ?? []))
        expect(charts.join('\n')).toContain(series.name);
      expect(textOf('docProps/core.xml')).toContain(`Briefing${PAYLOAD}`);
    });
  }
});
