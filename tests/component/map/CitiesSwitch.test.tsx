// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CitiesSwitch } from '../../../src/features/map/Legend';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';

const show = (underKey: number, lang: 'en' | 'ja' = 'en', cities = true) =>
  render(
    <LocaleProvider lang={lang}>
      <CitiesSwitch cities={cities} onCities={vi.fn()} underKey={underKey} />
    </LocaleProvider>,
  );

describe('the key says when it hides city squares', () => {
  it('with the count and the way to see them, in either language', async () => {
    expect(show(1).getByText('1 city square lies under this key: hide the key to see it.')).toBeTruthy();
    expect(show(3).getByText('3 city squares lie under this key: hide the key to see them.')).toBeTruthy();
    show(2, 'ja');
    expect(await screen.findByText('この凡例の下に都市の四角が2個あります。凡例を隠すと見えます。')).toBeTruthy();
  });

  it('says nothing when none is hidden or the cities are not shown', () => {
    const { container } = show(0);
    expect(container.querySelector('.legend-note')).toBeNull();
    const off = show(2, 'en', false);
    expect(off.container.querySelector('.legend-note')).toBeNull();
  });
});
