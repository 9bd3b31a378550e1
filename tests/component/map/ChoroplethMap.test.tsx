// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { countByCountry } from '../../../src/domain/aggregate';
import { makeBins, NO_DATA } from '../../../src/domain/scale';
import { worldBox } from '../../../src/domain/geometry';
import { ChoroplethMap } from '../../../src/features/map/ChoroplethMap';
import { HATCH_ID, OUTLINES, TREATY_HATCH_ID } from '../../../src/features/map/look';
import { TREATY_FILL } from '../../../src/domain/scale';
import type { TreatyClass } from '../../../src/domain/treatyMap';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity, selectionOf } from '../../fixtures/factories';
import { world } from '../../fixtures/geometry';

const rows = [
  activity({ id: 'a', countries: ['ZWE'] }),
  activity({ id: 'b', countries: ['ZWE'] }),
  activity({ id: 'c', countries: [], organisations: ['ARIPO'] }),
];

function renderMap(lang: 'en' | 'ja' = 'en') {
  const bins = makeBins([2], 'activities');
  const onSelect = vi.fn();
  const map = (
    list: typeof rows,
    selected: string | null = null,
    outlined = new Set<string>(),
    treaty: Map<string, TreatyClass> | null = null,
  ) => (
    <LocaleProvider lang={lang}>
      <div style={{ width: 800, height: 400 }}>
        <ChoroplethMap
          countries={world}
          stats={countByCountry(selectionOf(list), 'calendar')}
          measure="activities"
          bins={bins}
          selected={selected}
          outlined={outlined}
          small={new Set()}
          treaty={treaty}
          legend={{ title: '', items: [] }}
          programmeName={(id) => id}
          onSelect={onSelect}
          world={worldBox(world.features.map((f) => f.geometry))}
          focus={{ how: 'world' }}
        />
      </div>
    </LocaleProvider>
  );
  const view = render(map(rows));
  const path = (name: string) => view.container.querySelector(`path[aria-label="${name}"]`) as SVGPathElement;
  const update = (...args: Parameters<typeof map>) => view.rerender(map(...args));
  return { path, onSelect, bins, update };
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

  it('follows new figures, the selection and a regional body on the same shapes', () => {
    const { path, bins, update } = renderMap();
    const zimbabwe = path('Zimbabwe');
    // Only the regional body's activity left: Zimbabwe, an ARIPO member, is now reached through it alone.
    update(rows.slice(2), 'KEN', new Set(['ZWE', 'KEN']));
    expect(path('Zimbabwe')).toBe(zimbabwe);
    expect(zimbabwe.getAttribute('fill')).toBe(`url(#${HATCH_ID})`);
    // The selected country has its own outline; the body's other members are dashed, not only coloured.
    expect(path('Kenya').getAttribute('stroke')).toBe('#d81b60');
    expect(path('Kenya').hasAttribute('stroke-dasharray')).toBe(false);
    expect(zimbabwe.getAttribute('stroke-dasharray')).toBe('4 2');
    // Nothing at all: grey and out of the tab order; no selection, no body: the plain outline again.
    update([]);
    expect(zimbabwe.getAttribute('fill')).toBe(NO_DATA);
    expect(zimbabwe.hasAttribute('tabindex')).toBe(false);
    expect(path('Kenya').getAttribute('stroke')).toBe('#8a939b');
    expect(zimbabwe.hasAttribute('stroke-dasharray')).toBe(false);
    update(rows);
    expect(zimbabwe.getAttribute('fill')).toBe(bins[0]?.colour);
    expect(zimbabwe.getAttribute('tabindex')).toBe('0');
  });

  it('on a treaty map, fills by membership and keeps the activities as outlines', () => {
    const { path, update } = renderMap();
    const classes = new Map<string, TreatyClass>([
      ['ZWE', 'member'],
      ['KEN', 'via-regional-body'],
    ]);
    update(rows, null, new Set(), classes);
    expect(path('Zimbabwe').getAttribute('fill')).toBe(TREATY_FILL.member);
    expect(path('Kenya').getAttribute('fill')).toBe(`url(#${TREATY_HATCH_ID})`);
    // A country with no record is "not found", never coloured as "not a member".
    expect(path('Brazil').getAttribute('fill')).toBe(TREATY_FILL.unknown);
    expect(TREATY_FILL.unknown).not.toBe(TREATY_FILL['not-member']);
    update(rows, null, new Set(), new Map([...classes, ['BRA', 'not-member']]));
    expect(path('Brazil').getAttribute('fill')).toBe(TREATY_FILL['not-member']);
    // Zimbabwe had activities held in it: a dark outline; Kenya only through a body: the plain one.
    expect(path('Zimbabwe').getAttribute('stroke')).toBe(OUTLINES.reached.color);
    expect(path('Zimbabwe').getAttribute('stroke-width')).toBe(String(OUTLINES.reached.weight));
    expect(path('Kenya').getAttribute('stroke')).toBe(OUTLINES.plain.color);
    update(rows);
    expect(path('Brazil').getAttribute('fill')).toBe(NO_DATA);
  });

  it('names shapes in Japanese when the UI is Japanese', () => {
    const { path } = renderMap('ja');
    expect(path('ジンバブエ')).not.toBeNull();
  });
});
