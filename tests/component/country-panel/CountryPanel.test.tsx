// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CountryPanel } from '../../../src/features/country-panel/CountryPanel';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { makeDashboard } from '../../fixtures/dashboard';
import { fileQuery } from '../../../src/data/queries';
import type { TreatiesData } from '../../../src/domain/treatyTypes';
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

// Invented dates, so that one of the activities above comes before the joining and one after.
const treaties: TreatiesData = {
  asOf: { date: '2022-07-06', note: { en: 'test' } },
  treaties: [
    {
      id: 'madrid',
      name: {
        en: 'Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks',
        ja: '標章の国際登録に関するマドリッド協定の議定書',
      },
      shortName: { en: 'Madrid Protocol', ja: 'マドリッド協定議定書' },
    },
    { id: 'pct', name: { en: 'Patent Cooperation Treaty', ja: '特許協力条約' }, shortName: { en: 'PCT', ja: 'PCT' } },
  ],
  sources: [
    {
      id: 'wipo-news',
      publisher: 'WIPO',
      title: 'Madrid Notification No. 999',
      url: 'https://www.wipo.int/madrid/en/notifications/',
      date: '2019-12-11',
      language: 'en',
    },
  ],
  entries: [
    {
      id: 'zwe-madrid',
      party: 'ZWE',
      treaty: 'madrid',
      action: 'accession',
      deposited: '2019-12-11',
      inForce: '2020-03-11',
      sources: [{ id: 'wipo-news', supports: 'dates' }],
    },
  ],
};

function show(iso3: string, name: string, state = {}, lang: 'en' | 'ja' = 'en') {
  const onClose = vi.fn();
  const client = new QueryClient();
  client.setQueryData(fileQuery('treaties.json').queryKey, treaties);
  render(
    <QueryClientProvider client={client}>
      <LocaleProvider lang={lang}>
        <button type="button">opener</button>
        <CountryPanel
          data={data}
          activities={makeDashboard(data, state).selection.activities}
          iso3={iso3}
          name={name}
          onClose={onClose}
        />
      </LocaleProvider>
    </QueryClientProvider>,
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

  it('marks English-only text in the Japanese UI instead of leaving it empty', async () => {
    show('ZWE', 'ジンバブエ', {}, 'ja');
    expect(screen.getByText('ハラレTISC会合')).toBeTruthy();
    // In the activities, and again beside the accession: English-only both times.
    await screen.findByRole('region', { name: 'WIPO条約' });
    const early = screen.getAllByText('Early seminar');
    expect(early).toHaveLength(2);
    for (const e of early) expect(e.getAttribute('lang')).toBe('en');
    expect(early[0]?.parentElement?.textContent).toContain('（英語のみ）');
  });

  it('states each WIPO treaty with its dates and sources, or that none was found, with the activities before', async () => {
    show('ZWE', 'Zimbabwe');
    const section = await screen.findByRole('region', { name: 'WIPO treaties' });
    const madrid = section.querySelector('[data-treaty="madrid"]') as HTMLElement;
    expect(madrid.textContent).toContain('Madrid Protocol');
    expect(madrid.textContent).toContain('acceded 11 December 2019, in force 11 March 2020');
    expect(within(madrid).getByRole('link', { name: 'Madrid Notification No. 999' })).toHaveProperty(
      'href',
      'https://www.wipo.int/madrid/en/notifications/',
    );
    // Context, in time order: the 2019 seminar came before; the 2024 meeting after, so it is not listed.
    expect(madrid.textContent).toContain(
      'Activities recorded before the Madrid Protocol entered into force for Zimbabwe',
    );
    expect(within(madrid).getByText('Early seminar')).toBeTruthy();
    expect(within(madrid).queryByText('Harare TISC meeting')).toBeNull();
    expect(madrid.textContent).toContain('the records do not say that one led to the other');
    const pct = section.querySelector('[data-treaty="pct"]') as HTMLElement;
    expect(pct.textContent).toContain('PCT Patent Cooperation Treaty');
    expect(pct.textContent).toContain("not found in WIPO's records here");
    expect(section.textContent).toContain('WIPO records read up to 6 July 2022');
  });

  it('says plainly in Japanese when nothing was found, with the official Japanese names', async () => {
    show('KEN', 'ケニア', {}, 'ja');
    const section = await screen.findByRole('region', { name: 'WIPO条約' });
    expect(section.textContent).toContain('標章の国際登録に関するマドリッド協定の議定書');
    expect(section.textContent).toContain('特許協力条約');
    expect(within(section).getAllByText('ここで参照したWIPOの記録に見当たらない')).toHaveLength(2);
    expect(within(section).queryByRole('link')).toBeNull();
  });

  it('in Japanese, dates the accession and names what came before', async () => {
    show('ZWE', 'ジンバブエ', {}, 'ja');
    const section = await screen.findByRole('region', { name: 'WIPO条約' });
    const madrid = section.querySelector('[data-treaty="madrid"]');
    expect(madrid?.textContent).toContain('2019年12月11日加入、2020年3月11日効力発生');
    expect(madrid?.textContent).toContain('ジンバブエについてマドリッド協定議定書が効力を生じる前に記録された活動');
  });
});
