import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { formatChf, formatDate, formatYen } from '../../../src/i18n/format';
import { ja } from '../../../src/i18n/ja';

describe('message catalogues', () => {
  it('have the same keys in English and Japanese, and no empty message', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(ja).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(en).filter((k) => vars(en[k as keyof typeof en]).join() !== vars(ja[k as keyof typeof ja]).join());
    expect(differ).toEqual([]);
  });
});

describe('Intl formatting', () => {
  it('writes money and dates the way each language reads them', () => {
    expect(formatYen(11e9, 'ja')).toBe('110億円');
    expect(formatChf(1e8, 'ja')).toBe('1億CHF');
    expect(formatDate('2024-06', 'ja')).toBe('2024年6月');
    expect(formatDate('2023', 'ja', true)).toBe('2023年度');
    expect(formatDate('2023', 'en', true)).toBe('FY2023');
    expect(formatDate('2024-06-07', 'en')).toBe('7 June 2024');
  });
});
