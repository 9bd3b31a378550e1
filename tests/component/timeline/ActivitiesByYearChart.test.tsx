// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesByYearChart } from '../../../src/features/timeline/ActivitiesByYearChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity } from '../../fixtures/factories';
import { datasetWith, preferReducedMotion } from '../../fixtures/series';
import { makeDashboard } from '../../fixtures/dashboard';

const data = datasetWith(
  [],
  [
    activity({ id: 'a', start: '2022-05' }),
    activity({ id: 'b', start: '2023-02', programme: 'jica', type: 'long-term-expert' }),
    activity({ id: 'c', start: '2023-09' }),
  ],
);

// The data starts in 2022 and ends in 2023: the bars start in 2022 and run to the last selected year.
function renderBars(navigate = vi.fn(), state = { from: 2021, to: 2023 }) {
  const view = render(
    <LocaleProvider lang="en">
      <ActivitiesByYearChart
        figures={makeDashboard(data, state)}
        navigate={navigate}
        size={{ width: 600, height: 260 }}
      />
    </LocaleProvider>,
  );
  return { ...view, navigate };
}

// Building the charts in jsdom is slow under a parallel run: allow more than the default 5 s.
describe('ActivitiesByYearChart', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  // 600 px wide, 40 px of axis on the left and 12 on the right: three years of 182.7 px each.
  const yearX = (i: number) => 40 + (548 / 3) * (i + 0.5);
  const surfaceOf = (container: HTMLElement) => container.querySelector('svg.chart-surface') as SVGSVGElement;

  it('stacks the activities of each year by programme, one shape per programme', () => {
    const { container } = renderBars();
    const series = [...container.querySelectorAll('.stack-series')];
    // Two programmes; IP utilisation has a segment in 2022 and in 2023, JICA one in 2023.
    expect(series).toHaveLength(2);
    expect(series.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1)).toEqual([2, 1]);
    expect(new Set(series.map((p) => p.getAttribute('fill'))).size).toBe(2);
    expect(
      screen.getByText(
        '3 activities match the current filters, counted by the year they started and stacked by programme.',
      ),
    ).toBeTruthy();
  });

  it('draws nothing for a programme the filters leave out, and draws it again when it is back', () => {
    const navigate = vi.fn();
    const view = (state: { from: number; to: number; programmes?: string[] }) => (
      <LocaleProvider lang="en">
        <ActivitiesByYearChart
          figures={makeDashboard(data, state)}
          navigate={navigate}
          size={{ width: 600, height: 260 }}
        />
      </LocaleProvider>
    );
    const { container, rerender } = render(view({ from: 2021, to: 2023 }));
    const drawn = () =>
      [...container.querySelectorAll('.stack-series')]
        .filter((p) => p.getAttribute('d'))
        .map((p) => p.getAttribute('fill'));
    const both = drawn();
    expect(both).toHaveLength(2);
    rerender(view({ from: 2021, to: 2023, programmes: ['jica'] }));
    expect(drawn()).toHaveLength(1);
    expect(container.querySelectorAll('.stack-legend li')).toHaveLength(1);
    rerender(view({ from: 2021, to: 2023 }));
    expect(drawn()).toEqual(both);
  });

  it('labels the value axis with whole numbers only', () => {
    const { container } = renderBars();
    const ticks = [...container.querySelectorAll('.chart-axes text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['0', '1', '2']));
    expect(ticks.some((t) => t?.includes('.'))).toBe(false);
  });

  it('starts at the first year with an activity, names the selected year before it, and the table keeps it', () => {
    const { container } = renderBars();
    expect(screen.getByText('No activities before 2022')).toBeTruthy();
    const ticks = [...container.querySelectorAll('.chart-axes text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['2022', '2023']));
    expect(ticks).not.toContain('2021');
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const row2021 = within(screen.getByRole('table')).getByRole('button', { name: 'Show 2021 only' }).closest('tr');
    expect([...(row2021?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual(['0', '0', '0']);
  });

  it('names no gap when the first selected year has an activity', () => {
    renderBars(vi.fn(), { from: 2022, to: 2023 });
    expect(screen.queryByText(/^No activities before/)).toBeNull();
  });

  it('selects the year of a clicked bar, and ignores a year without activities', () => {
    // Activities in 2021 and 2023: 2022, between them, is drawn as a year of none.
    const navigate = vi.fn();
    const gapped = datasetWith([], [activity({ id: 'a', start: '2021-05' }), activity({ id: 'b', start: '2023-02' })]);
    const { container } = render(
      <LocaleProvider lang="en">
        <ActivitiesByYearChart
          figures={makeDashboard(gapped, { from: 2021, to: 2023 })}
          navigate={navigate}
          size={{ width: 600, height: 260 }}
        />
      </LocaleProvider>,
    );
    fireEvent.click(surfaceOf(container), { clientX: yearX(1) });
    expect(navigate).not.toHaveBeenCalled();
    fireEvent.click(surfaceOf(container), { clientX: yearX(0) });
    expect(navigate).toHaveBeenCalledWith({ from: 2021, to: 2021 }, 'push');
  });

  it('shows the pointed year by programme, and hides it when the pointer leaves', () => {
    const { container } = renderBars();
    fireEvent.pointerMove(surfaceOf(container), { clientX: yearX(1) });
    const tip = container.querySelector('.chart-tooltip') as HTMLElement;
    expect(within(tip).getByText('2023')).toBeTruthy();
    expect(tip.textContent).toContain('Total: 2');
    fireEvent.pointerLeave(surfaceOf(container));
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('reads the years with the arrow keys and selects one with Enter', () => {
    const { container, navigate } = renderBars();
    const surface = surfaceOf(container);
    expect(surface.getAttribute('tabindex')).toBe('0');
    expect(surface.getAttribute('aria-label')).toBe('Activities by year and programme');
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    expect(container.querySelector('.tooltip-heading')?.textContent).toBe('2022');
    // Screen readers hear the same as the tooltip shows, as the slider's value.
    expect(surface.getAttribute('aria-valuenow')).toBe('2022');
    expect(surface.getAttribute('aria-valuetext')).toMatch(/^2022: .+: 1, Total: 1$/);
    fireEvent.keyDown(surface, { key: 'Enter' });
    expect(navigate).toHaveBeenCalledWith({ from: 2022, to: 2022 }, 'push');
    fireEvent.keyDown(surface, { key: 'Escape' });
    expect(container.querySelector('.chart-tooltip')).toBeNull();
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
