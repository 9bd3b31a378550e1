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

function show(lang: 'en' | 'ja') {
  const d = makeDashboard(data, { lang });
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
