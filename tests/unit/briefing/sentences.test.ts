// The words a presenter reads out: an estimate is called one, and a deadline passed without an official
// count says exactly that (no shortfall, no pace from a lower bound). On the real dataset.
import { describe, expect, it } from 'vitest';
import { slideFacts } from '../../../src/domain/slideFacts';
import { DEFAULT_STORY } from '../../../src/domain/story';
import { slideInput } from '../../../src/features/briefing/slideModel';
import { slidePatch } from '../../../src/features/briefing/slidePatch';
import { describeView, sentenceText } from '../../../src/features/briefing/slideText';
import { translator } from '../../../src/i18n/messages';
import type { Lang } from '../../../src/state/urlState';
import { makeDashboard } from '../../fixtures/dashboard';
import { realData } from '../../fixtures/realData';

const real = realData;

function said(topic: string, lang: Lang, today = '2026-12-06'): string[] {
  const slide = DEFAULT_STORY.slides.find((s) => s.topic === topic);
  if (!slide) throw new Error(`no ${topic} slide`);
  const d = makeDashboard(real, slidePatch(slide.view));
  const c = { t: translator(lang), lang, data: real, countryName: (iso3: string) => iso3 };
  return slideFacts(slide, slideInput(d, null, today)).sentences.map((s) => sentenceText(s, c));
}

describe('the sentences of the default story', () => {
  it('call the FY2024 yen figure an estimate from the press', () => {
    expect(said('contributions', 'en').join(' ')).toContain('about ¥700 million, a press estimate');
    expect(said('contributions', 'ja').join(' ')).toMatch(/7億円.*（報道による見込額）/);
  });

  it('after 27 June 2026 say that no official SME count has been published, with the latest lower bound', () => {
    const text = said('sme', 'en').join(' ');
    expect(text).toContain('The deadline of 27 June 2026 has passed and no official count has been published');
    expect(text).toContain('more than 50 enterprises, at an event on 4 September 2024');
    expect(text).not.toMatch(/short|a month/);
    expect(said('sme', 'en', '2025-01-01').join(' ')).toContain('No official count has been published yet');
    expect(said('sme', 'ja').join(' ')).toContain('公式の集計は公表されていません');
  });

  it('name the countries an activity count reached apart from the count (6 activities can reach 25 countries)', () => {
    const text = said('experts', 'en').join(' ');
    expect(text).toMatch(/\b\d+ activit(y|ies) between \d{4} and \d{4}, reaching \d+ countr(y|ies)\./);
    expect(text).not.toMatch(/activities in \d+ countries/);
    expect(said('experts', 'ja').join(' ')).toMatch(/までに\d+件の活動、対象は\d+か国。/);
  });
});

describe('a view described in words', () => {
  it('reads a single year as that year, never "2023–2023"', () => {
    const c = { t: translator('en'), lang: 'en' as const, data: real, countryName: (iso3: string) => iso3 };
    expect(describeView({ from: 2023, to: 2023 }, c)).toBe('All programmes · 2023');
    expect(describeView({ from: 2020, to: 2023 }, c)).toBe('All programmes · 2020–2023');
  });
});
