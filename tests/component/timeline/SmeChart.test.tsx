// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SmeChart } from '../../../src/features/timeline/SmeChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity } from '../../fixtures/factories';
import { datasetWith, point, preferReducedMotion, series, smeDocumented, smeTargets } from '../../fixtures/series';
import { makeDashboard } from '../../fixtures/dashboard';

const clinic = activity({
  id: 'clinic',
  type: 'sme-support',
  start: '2024-09-04',
  title: { en: 'IP Management Clinic, Bangkok' },
  figures: [{ kind: 'enterprises', value: 50, qualifier: 'more-than' }],
});

function renderSme(seriesList = [smeTargets, smeDocumented], today = '2025-06-27', lang: 'en' | 'ja' = 'en') {
  const ds = datasetWith(seriesList, [clinic]);
  // The JPO by its official Japanese name, as data/sources.json records it.
  const d = makeDashboard({ ...ds, sources: ds.sources.map((s) => ({ ...s, publisher_ja: '特許庁' })) });
  return render(
    <LocaleProvider lang={lang}>
      <SmeChart data={d.data} basis={d.filters.basis} size={{ width: 600, height: 260 }} today={today} />
    </LocaleProvider>,
  );
}

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('SmeChart', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  it('says plainly that there is no official count, and draws no progress bar', () => {
    const { container } = renderSme();
    expect(screen.getByText(/No official count of enterprises supported has been published/)).toBeTruthy();
    expect(container.querySelector('.recharts-bar-rectangle')).toBeNull();
  });

  it('labels the documented count as a lower bound, and gives no pace or shortfall from it', () => {
    renderSme();
    const labels = screen.getAllByText('Documented in public sources (a lower bound, not an official count)');
    expect(labels.some((l) => l.tagName === 'LI')).toBe(true);
    expect(screen.getByText('627 by 27 June 2026: no official count has been published yet.')).toBeTruthy();
    expect(screen.getByText('1,000 overall, with no deadline of its own.')).toBeTruthy();
    expect(
      screen.getByText(
        'Latest documented lower bound: more than 50 enterprises, at IP Management Clinic, Bangkok on 4 September 2024 (source: JPO). Not an official count.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/a month from today|still to reach|short/)).toBeNull();
  });

  it('in Japanese, cites the publisher by its Japanese name', () => {
    renderSme(undefined, undefined, 'ja');
    expect(screen.getByText(/。出典：特許庁）。公式の集計ではありません。$/)).toBeTruthy();
  });

  it('after the deadline, says that no official count has been published', () => {
    renderSme(undefined, '2026-11-26');
    expect(
      screen.getByText('627 by 27 June 2026: the deadline has passed; no official count has been published.'),
    ).toBeTruthy();
    expect(screen.queryByText(/short/)).toBeNull();
  });

  it('with an official count, gives the pace needed from it', () => {
    const official = series('sme-official', 'enterprises', [
      point({ date: '2025-06-27', kind: 'cumulative', value: 400 }),
    ]);
    renderSme([smeTargets, smeDocumented, official]);
    expect(screen.getByText(/627 by 27 June 2026: 227 still to reach in 12 months/)).toBeTruthy();
  });

  it('lists the events behind the documented count', () => {
    renderSme();
    expect(screen.getByText(/IP Management Clinic, Bangkok \(more than 50 enterprises\)/)).toBeTruthy();
  });

  it('draws a progress bar only when the data holds an official count', async () => {
    const official = series('sme-official', 'enterprises', [
      point({ date: '2026-03-31', kind: 'cumulative', value: 400 }),
    ]);
    const { container } = renderSme([smeTargets, smeDocumented, official]);
    expect(screen.queryByText(/No official count/)).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
  });
});
