// @vitest-environment jsdom
// The map's search: a variant spelling finds the country, Enter picks it, and before the geometry is in
// the list says the map is loading instead of "no match".
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CountryProps } from '../../../src/domain/types';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { CountrySearch } from '../../../src/features/map/CountrySearch';

const VNM = { iso3: 'VNM', name_en: 'Viet Nam', name_ja: 'ベトナム' } as CountryProps;

const show = (countries: CountryProps[], onPick = vi.fn()) => {
  render(
    <LocaleProvider lang="en">
      <CountrySearch countries={countries} onPick={onPick} />
    </LocaleProvider>,
  );
  return onPick;
};

describe('CountrySearch', () => {
  it('picks the country a variant spelling finds', () => {
    const onPick = show([VNM]);
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    fireEvent.change(box, { target: { value: 'Vietnam' } });
    expect(screen.getByRole('option', { name: 'Viet Nam' })).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('VNM');
  });

  it('says the map is loading, not that nothing matched, before the geometry is in', () => {
    const onPick = show([]);
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    fireEvent.change(box, { target: { value: 'Vietnam' } });
    expect(screen.getByRole('listbox').textContent).toBe('Loading the map…');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
  });
});
