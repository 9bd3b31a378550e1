// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countriesQuery } from '../../../src/data/queries';
import TimelineRegion from '../../../src/features/timeline/TimelineRegion';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import type { ChartId } from '../../../src/domain/values';
import { datasetWith, jpyAnnual, preferReducedMotion } from '../../fixtures/series';
import { makeDashboard } from '../../fixtures/dashboard';

function renderRegion(chart: ChartId, navigate = vi.fn()) {
  const client = new QueryClient();
  // The map has already loaded the geometry in the app; here an empty one stands in, so nothing is fetched.
  client.setQueryData(countriesQuery.queryKey, { type: 'FeatureCollection', features: [] });
  render(
    <QueryClientProvider client={client}>
      <LocaleProvider lang="en">
        <TimelineRegion
          figures={makeDashboard(datasetWith([jpyAnnual]), { chart })}
          chart={chart}
          navigate={navigate}
        />
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return navigate;
}

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('TimelineRegion', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  it('shows the chart the URL names, under a selected tab', () => {
    renderRegion('contribution');
    expect(screen.getByRole('tab', { name: "Japan's contribution" }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').querySelector('h3')?.textContent).toBe(
      "Japan's contribution to the Japan Fund at WIPO",
    );
  });

  it('changes the chart through the URL, by click or arrow key', () => {
    const navigate = renderRegion('activities');
    fireEvent.click(screen.getByRole('tab', { name: 'SMEs and start-ups' }));
    expect(navigate).toHaveBeenLastCalledWith({ chart: 'sme' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Activities by year' }), { key: 'ArrowRight' });
    expect(navigate).toHaveBeenLastCalledWith({ chart: 'contribution' });
  });
});
