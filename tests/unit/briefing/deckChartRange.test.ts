import { beforeAll, describe, expect, it } from 'vitest';
import { loadFromDisk, textContext, type DiskData } from '../../../scripts/pptx/storyDeck';
import type { Slide } from '../../../src/domain/story';
import { deckChart } from '../../../src/features/briefing/deckChart';
import { slideModel } from '../../../src/features/briefing/slideModel';

// A slide's chart (on the slide and in the .pptx) takes the years the dashboard's chart draws: from the
// first selected year with a figure, never from the filter's first year (domain/extent.ts).

let disk: DiskData;
beforeAll(async () => {
  disk = await loadFromDisk();
});

const chartOf = (view: Slide['view']) => {
  const slide: Slide = { topic: 'custom', view };
  return deckChart(slideModel(slide, disk.story), textContext(disk, 'en'));
};

describe("a slide chart's years", () => {
  it('start at the first year with an activity of the programme, not at the first selected year', () => {
    const chart = chartOf({ chart: 'activities', programmes: ['ip-utilisation'] });
    const first = Number(chart?.categories[0]);
    expect(first).toBeGreaterThan(1987);
    expect(chart?.series.some((s) => (s.values[0] ?? 0) > 0)).toBe(true);
  });

  it('hold only the figures within the selected years, from the first of them', () => {
    const chart = chartOf({ chart: 'contribution', from: 2000, to: 2020 });
    const years = chart?.categories.map(Number) ?? [];
    expect(years[0]).toBeGreaterThanOrEqual(2000);
    expect(years.at(-1)).toBeLessThanOrEqual(2020);
    // The first year drawn has a figure.
    expect(chart?.series.some((s) => s.values[0] !== null)).toBe(true);
  });

  it('is no chart when no figure falls within the selected years', () => {
    expect(chartOf({ chart: 'sme', from: 1990, to: 1995 })).toBeNull();
  });
});
