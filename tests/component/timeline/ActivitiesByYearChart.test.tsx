// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesByYearChart } from '../../../src/features/timeline/ActivitiesByYearChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity } from '../../fixtures/factories';
import { dashboardOf, datasetWith, preferReducedMotion } from '../../fixtures/series';

const data = datasetWith(
  [],
  [
    activity({ id: 'a', start: '2022-05' }),
    activity({ id: 'b', start: '2023-02', programme: 'jica', type: 'long-term-expert' }),
    activity({ id: 'c', start: '2023-09' }),
  ],
);

function renderBars(navigate = vi.fn(), state = { from: 2021, to: 2024 }) {
  const view = render(
    <LocaleProvider lang="en">
      <ActivitiesByYearChart d={dashboardOf(data, state, navigate)} size={{ width: 600, height: 260 }} />
    </LocaleProvider>,
  );
  return { ...view, navigate };
}

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('ActivitiesByYearChart', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  // Recharts draws bars after its first layout pass: wait for them.
  const barsOf = async (container: HTMLElement) => {
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle .stack-segment').length).toBeGreaterThan(0));
    return [...container.querySelectorAll('.recharts-bar-rectangle .stack-segment')];
  };

  it('stacks the activities of each year by programme', async () => {
    const { container } = renderBars();
    // 2022: one IP utilisation; 2023: one of each programme.
    expect(await barsOf(container)).toHaveLength(3);
    expect(screen.getByText('3 activities match the current filters, counted by the year they started and stacked by programme.')).toBeTruthy();
  });

  it('selects the year of a clicked bar', async () => {
    const { container, navigate } = renderBars();
    const bars = await barsOf(container);
    fireEvent.click(bars[0]!);
    expect(navigate).toHaveBeenCalledWith({ from: 2022, to: 2022 }, 'push');
  });

  it('lets the table select a year too, from the keyboard', () => {
    const { navigate } = renderBars();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    const row2023 = within(table).getByRole('button', { name: 'Show 2023 only' }).closest('tr') as HTMLElement;
    expect([...row2023.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1', '2']);
    fireEvent.click(within(table).getByRole('button', { name: 'Show 2023 only' }));
    expect(navigate).toHaveBeenCalledWith({ from: 2023, to: 2023 }, 'push');
  });

  it('offers to show all years again once a single year is selected', () => {
    const { navigate } = renderBars(vi.fn(), { from: 2023, to: 2023 });
    fireEvent.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(navigate).toHaveBeenCalledWith({ from: null, to: null }, 'push');
  });
});
