// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CountryPanel } from '../../../src/features/country-panel/CountryPanel';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { makeDashboard } from '../../fixtures/dashboard';
import { activity, dataset } from '../../fixtures/factories';

const data = dataset([
  activity({
    id: 'late',
    start: '2024-06',
    countries: ['ZWE'],
    title: { en: 'Harare TISC meeting', ja: 'ハラレTISC会合' },
  }),
  activity({ id: 'early', start: '2019-03-02', countries: ['ZWE'], title: { en: 'Early seminar' } }),
  activity({
    id: 'aripo',
    start: '2023-11',
    countries: ['BWA'],
    organisations: ['ARIPO'],
    title: { en: 'ARIPO workshop' },
  }),
]);

function show(iso3: string, name: string, state = {}, lang: 'en' | 'ja' = 'en') {
  const onClose = vi.fn();
  render(
    <LocaleProvider lang={lang}>
      <button type="button">opener</button>
      <CountryPanel
        data={data}
        activities={makeDashboard(data, state).selection.activities}
        iso3={iso3}
        name={name}
        onClose={onClose}
      />
    </LocaleProvider>,
  );
  return { onClose };
}

describe('CountryPanel', () => {
  it('is a region named after the country, listing its activities in date order', () => {
    show('ZWE', 'Zimbabwe');
    const panel = screen.getByRole('region', { name: 'Country panel: Zimbabwe' });
    const direct = within(panel).getByRole('region', { name: 'In this country' });
    const titles = within(direct)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Early seminar', 'Harare TISC meeting']);
    expect(within(direct).getAllByRole('link', { name: /JPO/ })[0]).toHaveProperty('href', 'https://www.jpo.go.jp/');
  });

  it('keeps activities through a regional body in their own group', () => {
    show('KEN', 'Kenya');
    expect(screen.getByRole('heading', { name: 'Through ARIPO' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'In this country' })).toBeNull();
    expect(screen.getByText('ARIPO workshop')).toBeTruthy();
  });

  it('says when nothing matches the filters, and how many activities there are overall', () => {
    show('ZWE', 'Zimbabwe', { from: 2020, to: 2020 });
    expect(
      screen.getByText(/No activity for Zimbabwe under the current filters\. 3 activities in all years/),
    ).toBeTruthy();
  });

  it('focuses its heading, and closes on Escape', () => {
    const { onClose } = show('ZWE', 'Zimbabwe');
    expect(document.activeElement?.textContent).toBe('Zimbabwe');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('marks English-only text in the Japanese UI instead of leaving it empty', () => {
    show('ZWE', 'ジンバブエ', {}, 'ja');
    expect(screen.getByText('ハラレTISC会合')).toBeTruthy();
    const early = screen.getByText('Early seminar');
    expect(early.getAttribute('lang')).toBe('en');
    expect(early.parentElement?.textContent).toContain('（英語のみ）');
  });
});
