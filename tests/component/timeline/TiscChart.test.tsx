// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TiscChart } from '../../../src/features/timeline/TiscChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity } from '../../fixtures/factories';
import { datasetWith, point, preferReducedMotion, series } from '../../fixtures/series';
import { makeDashboard } from '../../fixtures/dashboard';

const centres = series('tisc-centres', 'centres', [
  point({ date: '2021', kind: 'cumulative', value: 1287 }),
  point({ date: '2024', kind: 'cumulative', value: 1667 }),
]);
const harare = activity({
  id: 'harare',
  start: '2024-06-06',
  countries: ['ZWE'],
  organisations: ['ARIPO'],
  title: { en: 'ARIPO TISC meeting, Harare' },
});
const rio = activity({
  id: 'rio',
  start: '2024-02',
  countries: ['BRA'],
  region: 'lac',
  title: { en: 'TISC seminar, Rio' },
});
const names: Record<string, string> = { ZWE: 'Zimbabwe', BRA: 'Brazil' };

function renderTisc(navigate = vi.fn()) {
  const view = render(
    <LocaleProvider lang="en">
      <TiscChart
        figures={makeDashboard(datasetWith([centres], [harare, rio]))}
        navigate={navigate}
        size={{ width: 600, height: 240 }}
        countryName={(c) => names[c] ?? c}
      />
    </LocaleProvider>,
  );
  return { ...view, navigate };
}

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('TiscChart', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  it('shows the network size and one dot per TISC event', async () => {
    const { container } = renderTisc();
    await waitFor(() => expect(container.querySelectorAll('.tisc-event')).toHaveLength(2));
    expect(container.querySelectorAll('.point-mark')).toHaveLength(2);
  });

  it('selects the country of a clicked event', async () => {
    const { container, navigate } = renderTisc();
    await waitFor(() => expect(container.querySelector('.tisc-event[data-id="harare"]')).not.toBeNull());
    fireEvent.click(container.querySelector('.tisc-event[data-id="harare"]')!);
    expect(navigate).toHaveBeenCalledWith({ country: 'ZWE' }, 'push');
  });

  it('lists the events by region in the table, each able to open its country', () => {
    const { navigate } = renderTisc();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'TISC events in the dataset' });
    expect(within(table).getByText('ARIPO')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Open Brazil: TISC seminar, Rio' }));
    expect(navigate).toHaveBeenCalledWith({ country: 'BRA' }, 'push');
  });
});
