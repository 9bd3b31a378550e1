// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContributionChart } from '../../../src/features/timeline/ContributionChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import type { Lang } from '../../../src/state/urlState';
import { chfAnnual, datasetWith, jpyAnnual, jpyCumulative, preferReducedMotion } from '../../fixtures/series';
import { makeDashboard } from '../../fixtures/dashboard';

const data = datasetWith([jpyAnnual, chfAnnual, jpyCumulative]);

function renderChart(basis: 'calendar' | 'jp-fiscal' = 'jp-fiscal', lang: Lang = 'en') {
  return render(
    <LocaleProvider lang={lang}>
      <ContributionChart
        data={data}
        basis={makeDashboard(data, { basis }).filters.basis}
        size={{ width: 600, height: 240 }}
      />
    </LocaleProvider>,
  );
}

const panel = (name: string) => {
  const el = screen.getByRole('heading', { name }).closest('.series-panel');
  if (!(el instanceof HTMLElement)) throw new Error(`no panel ${name}`);
  return el;
};
const marks = (el: HTMLElement) =>
  [...el.querySelectorAll('.point-mark')].map((m) => [
    m.getAttribute('data-year'),
    Number(m.getAttribute('data-value')),
  ]);

afterEach(() => vi.restoreAllMocks());

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('ContributionChart', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  it('is a figure with a title, a caption that names the year basis, and its sources as links', async () => {
    renderChart();
    const figure = screen.getByRole('figure', { name: "Japan's contribution to the Japan Fund at WIPO" });
    expect(within(figure).getByText(/Japanese fiscal years/)).toBeTruthy();
    fireEvent.click(within(figure).getByText('Sources (2)'));
    // The list is built when the details open (the toggle event comes a task later).
    const link = await within(figure).findByRole('link', { name: /WTO TRIPS Council: Report of Japan/ });
    expect(link.getAttribute('href')).toBe('https://docs.wto.org/');
  });

  it('starts each panel at its first figure within the selected years, and names the years before it', async () => {
    render(
      <LocaleProvider lang="en">
        <ContributionChart data={data} basis="jp-fiscal" years={[2015, 2030]} size={{ width: 600, height: 240 }} />
      </LocaleProvider>,
    );
    const yen = panel('Yearly, in yen (budget)');
    expect(within(yen).getByText('No yearly figures before FY2017')).toBeTruthy();
    expect(within(panel('Yearly, in Swiss francs (fund)')).getByText('No yearly figures before FY2021')).toBeTruthy();
    await waitFor(() => expect(marks(yen)).toHaveLength(4));
    // Only the figures within the selected years are drawn.
    render(
      <LocaleProvider lang="en">
        <ContributionChart data={data} basis="jp-fiscal" years={[2018, 2019]} size={{ width: 600, height: 240 }} />
      </LocaleProvider>,
    );
    const narrow = screen.getAllByRole('heading', { name: 'Yearly, in yen (budget)' })[1]?.closest('.series-panel');
    await waitFor(() => expect(marks(narrow as HTMLElement)).toHaveLength(2));
    expect(within(narrow as HTMLElement).queryByText(/No yearly figures/)).toBeNull();
    const chf = screen.getAllByRole('heading', { name: 'Yearly, in Swiss francs (fund)' })[1]?.closest('.series-panel');
    expect(within(chf as HTMLElement).getByText('No figures in the selected years.')).toBeTruthy();
  });

  it('draws one mark per figure, in yen and in francs on separate charts', async () => {
    renderChart();
    // Marks are drawn once Recharts has its scales: wait for them.
    await waitFor(() => expect(marks(panel('Yearly, in yen (budget)'))).toHaveLength(4));
    expect(marks(panel('Yearly, in yen (budget)'))).toEqual([
      ['2017', 608e6],
      ['2018', 614e6],
      ['2019', 653e6],
      ['2021', 653e6],
    ]);
    // Two sources, two values for FY2021: both drawn, both flagged.
    const chf = panel('Yearly, in Swiss francs (fund)');
    expect(marks(chf)).toEqual([
      ['2021', 4.66e6],
      ['2021', 5.8e6],
      ['2023', 5.13e6],
    ]);
    expect(chf.querySelectorAll('[data-conflict]')).toHaveLength(2);
  });

  it('breaks the yen line at FY2020, which has no figure, instead of drawing a zero', async () => {
    renderChart();
    const yen = panel('Yearly, in yen (budget)');
    await waitFor(() => expect(yen.querySelector('.recharts-line-curve')).not.toBeNull());
    const d = yen.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
    // Two pieces: FY2017–FY2019, then FY2021 on its own.
    const pieces = d.split('M').filter(Boolean);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]?.split('L')).toHaveLength(3);
    expect(yen.querySelector('[data-year="2020"]')).toBeNull();
  });

  it('marks approximate figures differently from exact ones', async () => {
    renderChart();
    await waitFor(() => expect(panel('Yearly, in yen (budget)').querySelector('[data-year="2021"]')).not.toBeNull());
    const request = panel('Yearly, in yen (budget)').querySelector('[data-year="2021"]');
    expect(request?.hasAttribute('data-approximate')).toBe(true);
    expect(request?.querySelector('circle')?.getAttribute('fill')).toBe('#fff');
    expect(panel('Yearly, in yen (budget)').querySelector('[data-year="2019"] circle')?.getAttribute('fill')).not.toBe(
      '#fff',
    );
    expect(screen.getByText(/hollow: approximate/)).toBeTruthy();
  });

  it('shows the same numbers as a table, with a dash for the missing year', () => {
    renderChart();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const yen = screen.getByRole('table', { name: /Yearly, in yen \(budget\): the numbers behind the chart/ });
    const row = (y: string) => within(yen).getByRole('rowheader', { name: y }).closest('tr') as HTMLElement;
    expect(within(row('FY2019')).getByText(/¥0\.65 billion/)).toBeTruthy();
    expect(within(row('FY2020')).getByText('—')).toBeTruthy();
    const chf = screen.getByRole('table', { name: /Yearly, in Swiss francs/ });
    const fy2021 = within(chf).getByRole('rowheader', { name: 'FY2021' }).closest('tr') as HTMLElement;
    // Sources are numbered in the order the figure cites them: [1] the JPO page, [2] the TRIPS report.
    expect(fy2021.textContent).toMatch(/≠ CHF 4\.66 million \[2\] \/ ≠ CHF 5\.8 million \[1\]/);
  });

  it('places fiscal-year figures at their starting year in calendar mode, as triangles (squares are legend swatches)', async () => {
    renderChart('calendar');
    const yen = panel('Yearly, in yen (budget)');
    await waitFor(() => expect(yen.querySelector('.point-mark')).not.toBeNull());
    const mark = yen.querySelector('[data-year="2019"]');
    expect(mark?.querySelectorAll('rect')).toHaveLength(0);
    expect(mark?.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z$/);
    expect(screen.getByText(/Years are calendar years/)).toBeTruthy();
  });

  it('speaks Japanese with yen in 億円', () => {
    renderChart('jp-fiscal', 'ja');
    fireEvent.click(screen.getByRole('button', { name: '表で表示' }));
    expect(screen.getAllByText(/6\.53億円/).length).toBeGreaterThan(0);
  });

  it('downloads the figures as a UTF-8 CSV with a byte-order mark, without the network', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderChart();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('contribution-jpy-annual');
    expect(text).toContain('653000000');
    expect(text).toContain('https://docs.wto.org/');
  });
});
