// Provenance on demand: every number the default story and the headline state rests on records and
// sources a reader can open. Walks the real dataset; fails on a numeric statement with nothing behind it.
import { describe, expect, it } from 'vitest';
import { slideFacts } from '../../../src/domain/slideFacts';
import { DEFAULT_STORY } from '../../../src/domain/story';
import { slideInput } from '../../../src/features/briefing/slideModel';
import { slidePatch } from '../../../src/features/briefing/slidePatch';
import { makeDashboard } from '../../fixtures/dashboard';
import { realData } from '../../fixtures/realData';

const real = realData;
const activities = new Map(real.activities.map((a) => [a.id, a]));
const sources = new Set(real.sources.map((s) => s.id));

/** Each record exists and cites at least one source that sources.json holds. */
function expectSourced(records: readonly string[], what: string) {
  for (const id of records) {
    const a = activities.get(id);
    expect(a, `${what}: record ${id}`).toBeDefined();
    expect(a?.sources.length, `${what}: ${id} cites no source`).toBeGreaterThan(0);
    for (const r of a?.sources ?? []) expect(sources.has(r.id), `${what}: ${id} cites unknown ${r.id}`).toBe(true);
  }
}

describe('provenance of the default story', () => {
  for (const [n, slide] of DEFAULT_STORY.slides.entries()) {
    it(`slide ${n + 1} (${slide.topic}): every sentence with a number names the records or figures behind it`, () => {
      const d = makeDashboard(real, slidePatch(slide.view));
      const { sentences } = slideFacts(slide, slideInput(d, null, '2026-12-06'));
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        const numeric = Object.values(s.vars).some((v) => v.kind === 'number' || v.kind === 'money');
        if (!numeric) continue;
        expect(s.records.length + s.points.length, `${s.key} has nothing behind it`).toBeGreaterThan(0);
        expectSourced(s.records, s.key);
        for (const p of s.points) {
          expect(p.sources.length, `${s.key}: ${p.series} ${p.date}`).toBeGreaterThan(0);
          for (const id of p.sources) expect(sources.has(id), `${s.key}: unknown source ${id}`).toBe(true);
        }
      }
    });
  }
});

describe('provenance of the headline', () => {
  it('every measure with a value names records, each with its sources; an empty measure names none', () => {
    const d = makeDashboard(real);
    for (const m of Object.values(d.headline.measures)) {
      if (m.value > 0) expect(m.activities.length, m.id).toBeGreaterThan(0);
      else expect(m.activities, m.id).toEqual([]);
      expectSourced(m.activities, m.id);
    }
    expectSourced(
      d.selection.activities.map((a) => a.id),
      'activities',
    );
  });
});
