// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity, dataset } from '../../fixtures/factories';
import { makeDashboard } from '../../fixtures/dashboard';

const data = dataset([
  activity({ id: 'a', countries: ['ZWE'] }),
  activity({ id: 'b', countries: ['KEN'] }),
  activity({ id: 'c', programme: 'jica', type: 'long-term-expert', partner: 'JICA', countries: ['IDN'] }),
]);

function show(lang: 'en' | 'ja', files = data, from?: number) {
  const d = makeDashboard(files, { lang, ...(from === undefined ? {} : { from }) });
  return render(
    <LocaleProvider lang={lang}>
      <FilterBar
        data={d.data}
        index={d.index}
        filters={d.filters}
        bounds={d.bounds}
        state={d.state}
        navigate={vi.fn()}
      />
    </LocaleProvider>,
  );
}

const countOf = (container: HTMLElement, programme: string) =>
  within(container.querySelector('fieldset.programme-filter') as HTMLElement)
    .getByText(programme)
    .closest('label')
    ?.querySelector('.count')?.firstChild?.textContent;

describe('the counts beside the filter options', () => {
  it('follow the language: " (2)" in English, full-width brackets with no space in Japanese', async () => {
    const en = show('en');
    expect(countOf(en.container, 'IP utilisation')).toBe(' (2)');
    expect(screen.getByRole('option', { name: 'JICA (1)' })).toBeTruthy();
    en.unmount();
    const ja = show('ja');
    await screen.findByRole('option', { name: 'JICA（1）' });
    expect(countOf(ja.container, '知的財産の活用')).toBe('（2）');
    // The types' list is named with a Japanese colon too.
    expect(ja.container.querySelector('ul[aria-label^="活動の種類："]')).toBeTruthy();
  });
});

describe('an option with nothing under the current filters', () => {
  // The JICA activity began before the years chosen: its programme's count is 0.
  const early = dataset([
    activity({ id: 'a', countries: ['ZWE'] }),
    activity({
      id: 'c',
      programme: 'jica',
      type: 'long-term-expert',
      partner: 'JICA',
      countries: ['IDN'],
      start: '2010',
    }),
  ]);
  const showEarly = (lang: 'en' | 'ja') => show(lang, early, 2015);

  it('says so to a screen reader after its count: a dash in English, 「、」 in Japanese', async () => {
    const en = showEarly('en');
    // (jsdom drops the spaces between a label's inline parts when it names the box; a browser keeps them.)
    const name = /^JICA cooperation\s*\(0\)\s*— none under the current filters$/;
    expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    en.unmount();
    showEarly('ja');
    const box = await screen.findByRole('checkbox', { name: /（0）、現在の条件では該当なし$/ });
    expect(box.closest('label')?.textContent).not.toContain('—');
  });
});
