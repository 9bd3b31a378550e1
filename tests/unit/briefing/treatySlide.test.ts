import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataFile } from '../../../src/data/validate';
import { slideFacts } from '../../../src/domain/slideFacts';
import type { Story } from '../../../src/domain/story';
import type { TreatiesData, TreatyEntry } from '../../../src/domain/treatyTypes';
import type { Group } from '../../../src/domain/types';
import { buildDeck } from '../../../src/features/briefing/deck';
import { storyDeck } from '../../../src/features/briefing/deckSpec';
import { slideInput } from '../../../src/features/briefing/slideModel';
import { sentenceText, slideTitle } from '../../../src/features/briefing/slideText';
import { translator } from '../../../src/i18n/messages';
import { loadFromDisk, textContext, type DiskData } from '../../../scripts/pptx/storyDeck';
import { makeDashboard } from '../../fixtures/dashboard';
import { activity, aripo, dataset } from '../../fixtures/factories';

const src = [{ id: 'src', supports: 'test' }];
const oapi: Group = {
  id: 'OAPI',
  kind: 'regional-body',
  name: { en: 'OAPI' },
  members: [{ iso3: 'SEN' }],
  sources: src,
};
const madrid = (party: string, inForce: string): TreatyEntry => ({
  id: `${party}-madrid`,
  party,
  treaty: 'madrid',
  action: 'accession',
  deposited: `${Number(inForce.slice(0, 4)) - 1}-12-01`,
  inForce,
  sources: src,
});
const treaties: TreatiesData = {
  asOf: { date: '2022-07-06', note: { en: 'test' } },
  treaties: [
    { id: 'madrid', name: { en: 'Madrid Protocol' }, shortName: { en: 'Madrid Protocol', ja: 'マドリッド協定議定書' } },
  ],
  sources: [],
  entries: [madrid('ZWE', '2015-03-11'), madrid('KEN', '1998-06-26'), madrid('OAPI', '2015-03-05')],
};
// Zimbabwe and Kenya members by 2015; Senegal through OAPI; Brazil with no record.
// (A later activity, so that the years run to 2016.)
const rows = ['ZWE', 'KEN', 'SEN', 'BRA'].map((c, i) => activity({ id: `a${i}`, start: '2014', countries: [c] }));
const data = dataset([...rows, activity({ id: 'later', start: '2016', countries: ['KEN'] })]);
data.groups = [aripo, oapi];
const slide = { topic: 'treaties' as const, view: { measure: 'treaty-madrid' as const } };

function sentences(to: number, lang: 'en' | 'ja') {
  const d = makeDashboard(data, { measure: 'treaty-madrid', to });
  const facts = slideFacts(slide, slideInput(d, treaties));
  const c = { t: translator(lang), lang, data, countryName: (iso3: string) => iso3 };
  return { facts, text: facts.sentences.map((s) => sentenceText(s, c)), title: slideTitle(slide, c) };
}

describe('the treaty membership slide', () => {
  it('counts the members among the countries with activities at the end of the last year, naming the as-of date', () => {
    const { text, title } = sentences(2015, 'en');
    expect(title).toBe('WIPO treaty membership: Madrid Protocol');
    expect(text[0]).toBe(
      "2 of the 4 countries with activities in this view were members of the Madrid Protocol at the end of 2015 (50%), by WIPO's records read up to 6 July 2022.",
    );
    // Coverage through a body and "not found" are said apart, never as members or non-members.
    expect(text[1]).toBe(
      'Covered through a regional body that is a party: 1 country. Not found in those records: 1 country.',
    );
  });

  it('follows the last year: a joining in force in 2015 is not counted at the end of 2014', () => {
    const [first] = sentences(2014, 'en').text;
    expect(first).toMatch(/^1 of the 4 countries .* at the end of 2014 \(25%\)/);
  });

  it('after the records’ year, calls the statuses the newest in the records, never a later year’s', () => {
    // (The activities run to 2016 here; a view running to 2027 is the dashboard's default.)
    const d = makeDashboard(dataset([...rows, activity({ id: 'late', start: '2025', countries: ['KEN'] })]), {
      measure: 'treaty-madrid',
      to: 2025,
    });
    d.data.groups = [aripo, oapi];
    const c = { t: translator('en'), lang: 'en' as const, data: d.data, countryName: (iso3: string) => iso3 };
    const [first] = slideFacts(slide, slideInput(d, treaties)).sentences.map((s) => sentenceText(s, c));
    expect(first).toBe(
      "2 of the 4 countries with activities in this view were members of the Madrid Protocol by WIPO's records read up to 6 July 2022 (50%).",
    );
    expect(first).not.toMatch(/end of 20/);
    // The records' own year still reads as a year's end, as the treaty chart draws it.
    expect(sentences(2016, 'en').text[0]).toMatch(/at the end of 2016/);
  });

  it('says it in Japanese, with the treaty’s Japanese name', () => {
    const { text, title } = sentences(2015, 'ja');
    expect(title).toBe('WIPO条約への加盟：マドリッド協定議定書');
    expect(text[0]).toBe(
      'この表示で活動のある4か国のうち2か国が、2015年末時点でマドリッド協定議定書の締約国であった（50%、2022年7月6日までのWIPOの記録による）。',
    );
  });

  it('says no membership figure before the records are loaded', () => {
    const d = makeDashboard(data, { measure: 'treaty-madrid', to: 2015 });
    expect(slideFacts(slide, slideInput(d)).sentences.map((s) => s.key)).not.toContain('treatyShare');
  });
});

describe('the treaty slide in a PowerPoint deck, from the real data', () => {
  let disk: DiskData;
  let real: TreatiesData;
  beforeAll(async () => {
    disk = await loadFromDisk();
    real = parseDataFile('treaties.json', readFileSync('data/treaties.json', 'utf8'));
  });

  it('has the sentence, the WIPO sources and the notes, in both languages', async () => {
    const story: Story = { version: 1, slides: [{ topic: 'treaties', view: { measure: 'treaty-madrid' } }] };
    for (const lang of ['en', 'ja'] as const) {
      const spec = storyDeck(story, disk.story, textContext(disk, lang), undefined, real);
      const s = spec.slides[0]!;
      expect(s.sentences[0]).toMatch(
        // The story's years run past the records' (2022): the newest status they hold, never "at the end of 2027".
        lang === 'en'
          ? /of the \d+ countries .*Madrid Protocol by WIPO's records read up to 6 July 2022/
          : /2022年7月6日までのWIPOの記録でマドリッド協定議定書の締約国/,
      );
      expect(s.sentences[0]).not.toMatch(/end of 20|年末時点/);
      expect(s.source).toMatch(/WIPO/);
      expect(s.notes).toMatch(lang === 'en' ? /not found in those records/ : /非加盟を意味しない/);
      const bytes = (await buildDeck(spec, 'uint8array')) as Uint8Array;
      expect(bytes.length).toBeGreaterThan(1000);
    }
  });
});
