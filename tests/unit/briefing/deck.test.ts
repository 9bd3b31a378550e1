// The .pptx as a client reads it: unzipped, its slides, notes and native charts checked against the data.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../src/domain/story';
import { buildDeck, type DeckSpec } from '../../../src/features/briefing/deck';
import { loadFromDisk, storyDeckFromDisk, type DiskData } from '../../../scripts/pptx/storyDeck';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every <a:t> run, in order. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1] ?? ''));

/** A chart part's categories and each series' values as PowerPoint caches them (blank = a gap). */
function chartData(xml: string) {
  const points = (block: string) =>
    [...block.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => unescape(m[2] ?? ''));
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] ?? '');
  return series.map((s) => ({
    name: points(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(s)?.[1] ?? '')[0],
    categories: points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(s)?.[1] ?? ''),
    values: points(/<c:val>([\s\S]*?)<\/c:val>/.exec(s)?.[1] ?? '').map((v) => (v === '' ? null : Number(v))),
  }));
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const names = Object.keys(zip.files);
  const numbered = (re: RegExp) =>
    names
      .filter((n) => re.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return {
    zip,
    read,
    names,
    slides: numbered(/^ppt\/slides\/slide\d+\.xml$/),
    charts: numbered(/^ppt\/charts\/chart\d+\.xml$/),
  };
}

let disk: DiskData;
beforeAll(async () => {
  disk = await loadFromDisk();
});

describe('the default story as a PowerPoint deck', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`has one slide per story slide, with its title, sentences, notes and native charts (${lang})`, async () => {
      const { spec, bytes } = await storyDeckFromDisk(disk, lang);
      const deck = await open(bytes);
      expect(deck.slides).toHaveLength(DEFAULT_STORY.slides.length);
      expect(spec.slides).toHaveLength(DEFAULT_STORY.slides.length);
      // 16:9
      expect(await deck.read('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);

      for (const [i, s] of spec.slides.entries()) {
        const xml = await deck.read(deck.slides[i] ?? '');
        const text = runs(xml);
        expect(text[0], `slide ${i + 1} title`).toBe(s.title);
        for (const sentence of s.sentences) expect(text).toContain(sentence);
        expect(s.sentences.length).toBeGreaterThanOrEqual(1);
        expect(s.sentences.length).toBeLessThanOrEqual(3);
        expect(text).toContain(s.source);
        // Japanese text in a Japanese face.
        expect(xml).toContain(`typeface="${lang === 'ja' ? 'Yu Gothic' : 'Calibri'}"`);
        const rels = await deck.read(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
        const notesPart = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
        const notes = runs(await deck.read(`ppt/notesSlides/${notesPart}`)).join('\n');
        expect(notes).toContain(s.notes.split('\n')[0]);
      }
      // The presenter's list of quoted figures under a heading punctuated in the deck's language.
      const notes = spec.slides.map((s) => s.notes).join('\n');
      expect(notes).toContain(lang === 'ja' ? '\nこのスライドの数値：\n' : '\nFigures on this slide:\n');
      expect(runs(await deck.read(deck.slides[0] ?? ''))[0]).toBe(
        lang === 'ja' ? '日本の知的財産協力の全体像' : "Japan's IP cooperation at a glance",
      );

      // Each chart part holds the years and values of its slide's chart, gaps left blank.
      const withCharts = spec.slides.filter((s) => s.chart);
      expect(withCharts.length).toBeGreaterThanOrEqual(5);
      expect(deck.charts).toHaveLength(withCharts.length);
      for (const [i, s] of withCharts.entries()) {
        const parsed = chartData(await deck.read(deck.charts[i] ?? ''));
        const chart = s.chart!;
        // The basis in brackets of the language's own form: " (actual)", "（実績）".
        const bracket = (b: string) => (lang === 'ja' ? `（${b}）` : ` (${b})`);
        expect(parsed.map((p) => p.name)).toEqual(chart.series.map((x) => x.name + bracket(x.basis)));
        for (const [j, p] of parsed.entries()) {
          expect(p.categories).toEqual(chart.categories);
          expect(p.values).toEqual(chart.series[j]?.values);
        }
      }
    });
  }

  it('charts the contribution in yen by year, with the years that have no figure left as gaps', async () => {
    const { spec } = await storyDeckFromDisk(disk, 'en');
    const chart = spec.slides[1]?.chart;
    expect(chart?.type).toBe('line');
    const lines = chart?.series.filter((x) => /yen/i.test(x.name)) ?? [];
    // One line per basis, the basis in its name (and said once: not again in its detail).
    const line = (basis: string) => lines.find((x) => x.name.endsWith(`(${basis})`));
    const at = (basis: string, y: string) => line(basis)?.values[chart?.categories.indexOf(y) ?? -1];
    // The first contribution (1987) is in the data, an actual amount; the budgets (FY2017–) are a line of
    // their own; years with no figure are gaps, never zeros.
    expect(chart?.categories[0]).toBe('1987');
    expect(at('actual', '1987')).toBeGreaterThan(0);
    expect(at('budget', '1987')).toBeNull();
    expect(at('budget', '2018')).toBeGreaterThan(0);
    for (const l of lines) expect(l.values).not.toContain(0);
    for (const l of lines) expect(`${l.name} (${l.basis})`).not.toMatch(/\((actual|budget)\) \(.*; \1\)|(\w+); \2\)/);
    const at2024 = at('budget', '2024');
    // The FY2024 press estimate is its own series, named as such: never joined to the budget line.
    const estimate = line('press estimate');
    expect(estimate?.name).toMatch(/yearly contribution/);
    expect(estimate?.values.filter((v) => v !== null)).toEqual([700_000_000]);
    expect(at2024).toBeNull();
  });
});

describe('marks and targets in the native charts', () => {
  /** Each series of a chart part: its name, its marker and whether a line is drawn between its figures. */
  const seriesOf = (xml: string) =>
    [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const block = m[1] ?? '';
      return {
        name: unescape(/<c:v>([^<]*)<\/c:v>/.exec(block)?.[1] ?? ''),
        symbol: /<c:symbol val="(\w+)"\/>/.exec(block)?.[1],
        joined: !/<c:spPr>\s*<a:solidFill>[^]*?<\/a:solidFill><a:ln><a:noFill\/><\/a:ln>/.test(block),
      };
    });

  it('gives a target a diamond of its own, not joined to the counts, and fiscal years a triangle', async () => {
    const { spec, bytes } = await storyDeckFromDisk(disk, 'en');
    const deck = await open(bytes);
    const withCharts = spec.slides.filter((s) => s.chart);
    const part = (title: string) => deck.read(deck.charts[withCharts.findIndex((s) => s.title === title)] ?? '');
    const sme = seriesOf(await part('Support for SMEs and start-ups'));
    const target = sme.find((s) => s.name.startsWith('target: 627 by 27 June 2026'));
    expect(target).toMatchObject({ symbol: 'diamond', joined: false });
    expect(sme.find((s) => s.name.startsWith('Enterprises documented'))).toMatchObject({ joined: false });
    // The 1,000 without a deadline: a line across at its value, with no marker in any year.
    expect(sme.find((s) => s.name.startsWith('target: 1,000 overall'))).toMatchObject({ symbol: 'none', joined: true });
    const money = seriesOf(await part('Contributions to the WIPO fund'));
    expect(money.find((s) => s.name.includes('(budget) '))).toMatchObject({ symbol: 'triangle', joined: true });
    expect(money.find((s) => s.name.includes('(press estimate) '))?.symbol).toBe('triangle');
    expect(money.find((s) => s.name.includes('(actual) '))?.symbol).toBe('circle');
  });
});

describe('buildDeck', () => {
  it('puts a map picture in the deck as a PNG image', async () => {
    // A 1×1 PNG stands in for the map picture the browser draws.
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=';
    const spec: DeckSpec = {
      lang: 'en',
      title: 'Test',
      slides: [
        {
          title: 'Map',
          sentences: ['One.'],
          map: { data: png, width: 1920, height: 1080, alt: 'Map: a test' },
          source: 'S',
          notes: 'N',
        },
      ],
    };
    const deck = await open((await buildDeck(spec, 'uint8array')) as Uint8Array);
    const media = deck.names.filter((n) => /^ppt\/media\/image[^/]*\.png$/.test(n));
    expect(media).toHaveLength(1);
    expect(await deck.read(deck.slides[0] ?? '')).toContain('descr="Map: a test"');
    expect(deck.charts).toHaveLength(0);
  });
});
