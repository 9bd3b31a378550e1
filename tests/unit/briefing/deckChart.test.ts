// The slide's chart as data (the same for the room and the .pptx): marks as on the dashboard, targets as
// targets, a lower bound named as one, a country's own figures on a country's slide.
import { beforeAll, describe, expect, it } from 'vitest';
import { activitiesFor } from '../../../src/domain/aggregate';
import { DEFAULT_STORY, type Story } from '../../../src/domain/story';
import type { DeckChart } from '../../../src/features/briefing/deck';
import { loadFromDisk, storyDeckFromDisk, type DiskData } from '../../../scripts/pptx/storyDeck';

let disk: DiskData;
beforeAll(async () => {
  disk = await loadFromDisk();
});

const chartOf = async (topic: string, story: Story = DEFAULT_STORY, lang: 'en' | 'ja' = 'en') => {
  const { spec } = await storyDeckFromDisk(disk, lang, story);
  const i = story.slides.findIndex((s) => s.topic === topic);
  return spec.slides[i]?.chart as DeckChart;
};
const at = (chart: DeckChart, year: string) => chart.categories.indexOf(year);

describe('deckChart', () => {
  it('draws a target as a target: its own series at its deadline, never joined, labelled with it', async () => {
    const chart = await chartOf('sme');
    const by = chart.series.find((s) => s.name === 'target: 627 by 27 June 2026');
    expect(by).toBeDefined();
    expect(by?.joined).toBe(false);
    expect(by?.values.filter((v) => v !== null)).toEqual([627]);
    expect(by?.values[at(chart, '2026')]).toBe(627);
    expect(by?.marks?.[at(chart, '2026')]).toEqual({ shape: 'diamond', open: true });
    expect(by?.labels?.[at(chart, '2026')]).toBe('target: 627 by 27 June 2026');
    // The 1,000 has no deadline (dated on the day of its statement): a line across, not a point in 2024.
    const overall = chart.series.find((s) => s.reference);
    expect(overall?.name).toBe('target: 1,000 overall, no deadline');
    expect(new Set(overall?.values)).toEqual(new Set([1000]));
    expect(overall?.marks?.every((m) => m === null)).toBe(true);
    // No series mixes a target with a count.
    for (const s of chart.series.filter((x) => x !== by && x !== overall)) {
      expect(s.values).not.toContain(1000);
      expect(s.values).not.toContain(627);
    }
    expect(chart.legend?.map((l) => l.key)).toContain('target');
  });

  it('names the documented count a lower bound, with its qualifier, and marks it hollow', async () => {
    const chart = await chartOf('sme');
    const lower = chart.series.find((s) => s.labels?.some((l) => l?.startsWith('lower bound')));
    expect(lower?.labels?.filter((l) => l)).toEqual(['lower bound: more than 50']);
    expect(lower?.marks?.find((m) => m)).toEqual({ shape: 'dot', open: true });
    const ja = await chartOf('sme', DEFAULT_STORY, 'ja');
    expect(ja.series.flatMap((s) => s.labels ?? [])).toContain('下限値：50超');
    expect(ja.series.map((s) => s.name)).toContain('目標：2026年6月27日までに627');
  });

  it('lists the kinds of a series in its language: "budget, budget request"; "予算額、概算要求額"', async () => {
    const kinds = async (lang: 'en' | 'ja') =>
      (await chartOf('contributions', DEFAULT_STORY, lang)).series.map((s) => `${s.name} (${s.basis})`).join('\n');
    expect(await kinds('en')).toContain('(budget, budget request)');
    const ja = await kinds('ja');
    expect(ja).toContain('(予算額、概算要求額)');
    expect(ja).not.toMatch(/[\u3000-\u9fff], /);
    // Nor an English semicolon between the kinds and the basis ("cumulative, as stated; actual").
    const experts = (await chartOf('experts', DEFAULT_STORY, 'ja')).series.map((s) => s.basis);
    expect(experts.join('\n')).not.toContain('; ');
    expect(experts.join('\n')).toContain('、実績');
  });

  it('marks each figure as the dashboard does: fiscal years down, a press estimate up, hollow and dashed', async () => {
    const chart = await chartOf('contributions');
    const budget = chart.series.find((s) => s.name.endsWith('(budget)') && /yearly/.test(s.name));
    expect(budget?.marks?.[at(chart, '2018')]).toEqual({ shape: 'down', open: false });
    // FY2021 is only a budget request: approximate, so hollow.
    expect(budget?.marks?.[at(chart, '2021')]).toEqual({ shape: 'down', open: true });
    const estimate = chart.series.find((s) => /yearly/.test(s.name) && s.name.endsWith('(press estimate)'));
    expect(estimate?.marks?.[at(chart, '2024')]).toEqual({ shape: 'up', open: true, dash: '3 2' });
    // Bases apart: the estimate is not on the budget line, the budget line has no 2024.
    expect(budget?.values[at(chart, '2024')]).toBeNull();
    expect(chart.legend?.map((l) => l.key)).toEqual(['exact', 'approx', 'estimate', 'shifted', 'conflict']);
    // The two figures of 2021 disagree: one "≠" for the year.
    expect(chart.series.flatMap((s) => s.labels ?? []).filter((l) => l === '≠').length).toBeGreaterThan(0);
  });

  it("draws a JICA slide's own activities, never the fund's series as if they were JICA's", async () => {
    const chart = await chartOf('jica');
    expect(chart.type).toBe('bar');
    expect(chart.series.map((s) => s.name)).not.toContain('JPO experts dispatched since 1987 (cumulative)');
    const jica = disk.story.selection.activities.filter((a) => a.partner === 'JICA').length;
    expect(chart.series.reduce((n, s) => n + s.values.reduce<number>((a, v) => a + (v ?? 0), 0), 0)).toBe(jica);
  });

  it("draws a country's own activities on its slide, whatever chart its view names, titled with its name", async () => {
    const story: Story = {
      version: 1,
      slides: [
        { topic: 'country', view: { country: 'ZWE' } },
        { topic: 'custom', view: { country: 'ZWE', chart: 'contribution' } },
      ],
    };
    const { spec } = await storyDeckFromDisk(disk, 'en', story);
    const { direct, via } = activitiesFor('ZWE', disk.story.selection.activities, disk.story.data.groups);
    for (const s of spec.slides) {
      const chart = s.chart as DeckChart;
      expect(chart.title).toBe('Zimbabwe: activities by year and programme');
      expect(chart.type).toBe('bar');
      const sum = (names: (n: string) => boolean) =>
        chart.series
          .filter((x) => names(x.name))
          .reduce((n, x) => n + x.values.reduce<number>((a, v) => a + (v ?? 0), 0), 0);
      expect(sum((n) => n !== 'through a regional body')).toBe(direct.length);
      expect(sum((n) => n === 'through a regional body')).toBe(via.length);
    }
    const ja = await storyDeckFromDisk(disk, 'ja', story);
    expect(ja.spec.slides[1]?.chart?.title).toBe('ジンバブエ：年別・プログラム別の活動');
  });
});
