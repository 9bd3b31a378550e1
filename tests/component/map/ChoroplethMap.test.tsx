// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { countByCountry } from '../../../src/domain/aggregate';
import { makeBins, NO_DATA } from '../../../src/domain/scale';
import { ChoroplethMap, HATCH_ID } from '../../../src/features/map/ChoroplethMap';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity, aripo } from '../../fixtures/factories';
import { world } from '../../fixtures/geometry';

const rows = [
  activity({ id: 'a', countries: ['ZWE'] }),
  activity({ id: 'b', countries: ['ZWE'] }),
  activity({ id: 'c', countries: [], organisations: ['ARIPO'] }),
];

function renderMap(lang: 'en' | 'ja' = 'en') {
  const stats = countByCountry(rows, [aripo], 'calendar');
  const bins = makeBins([2], 'activities');
  const onSelect = vi.fn();
  const view = render(
    <LocaleProvider lang={lang}>
      <div style={{ width: 800, height: 400 }}>
        <ChoroplethMap
          countries={world}
          stats={stats}
          measure="activities"
          bins={bins}
          selected={null}
          outlined={new Set()}
          small={new Set()}
          programmeName={(id) => id}
          onSelect={onSelect}
          target={null}
          resetSignal={0}
        />
      </div>
    </LocaleProvider>,
  );
  const path = (name: string) => view.container.querySelector(`path[aria-label="${name}"]`) as SVGPathElement;
  return { path, onSelect, bins };
}

describe('ChoroplethMap', () => {
  it('colours direct activity, hatches via-body-only, greys the rest', () => {
    const { path, bins } = renderMap();
    expect(path('Zimbabwe').getAttribute('fill')).toBe(bins[0]?.colour);
    expect(path('Kenya').getAttribute('fill')).toBe(`url(#${HATCH_ID})`);
    expect(path('Brazil').getAttribute('fill')).toBe(NO_DATA);
  });

  it('puts countries with data in the tab order, named after the country', () => {
    const { path } = renderMap();
    expect(path('Zimbabwe').getAttribute('tabindex')).toBe('0');
    expect(path('Kenya').getAttribute('tabindex')).toBe('0');
    expect(path('Brazil').hasAttribute('tabindex')).toBe(false);
    expect(path('Zimbabwe').getAttribute('role')).toBe('button');
  });

  it('opens a country on click and on Enter', () => {
    const { path, onSelect } = renderMap();
    fireEvent.click(path('Brazil'));
    expect(onSelect).toHaveBeenLastCalledWith('BRA');
    fireEvent.keyDown(path('Zimbabwe'), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('ZWE');
  });

  it('names shapes in Japanese when the UI is Japanese', () => {
    const { path } = renderMap('ja');
    expect(path('ジンバブエ')).not.toBeNull();
  });
});
