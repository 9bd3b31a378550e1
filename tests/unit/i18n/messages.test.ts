import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { formatChf, formatDate, formatFigure, formatYen } from '../../../src/i18n/format';
import { plural, translator, type PluralKey } from '../../../src/i18n/messages';
import { ja } from '../../../src/i18n/ja';

describe('message catalogues', () => {
  it('have the same keys in English and Japanese, and no empty message', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(ja).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const vars = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    const differ = Object.keys(en).filter(
      (k) => vars(en[k as keyof typeof en]).join() !== vars(ja[k as keyof typeof ja]).join(),
    );
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

describe('documented figures in words', () => {
  const say = (lang: 'en' | 'ja', f: Parameters<typeof formatFigure>[0]) => formatFigure(f, lang, translator(lang));
  it('agree in number in English and put the counter and 超 where Japanese does', () => {
    expect(say('en', { kind: 'experts', value: 1 })).toBe('1 expert');
    expect(say('en', { kind: 'experts', value: 2 })).toBe('2 experts');
    expect(say('en', { kind: 'participants', value: 300, qualifier: 'more-than' })).toBe('more than 300 participants');
    expect(say('en', { kind: 'countries', value: 1 })).toBe('1 country');
    expect(say('en', { kind: 'enterprises', value: 1000, qualifier: 'up-to' })).toBe('up to 1,000 enterprises');
    expect(say('ja', { kind: 'experts', value: 1 })).toBe('専門家1人');
    expect(say('ja', { kind: 'participants', value: 300, qualifier: 'more-than' })).toBe('参加者300人超');
    expect(say('ja', { kind: 'participants', value: 40, qualifier: 'about' })).toBe('参加者約40人');
    expect(say('ja', { kind: 'countries', value: 100, qualifier: 'more-than' })).toBe('100か国超');
    expect(say('ja', { kind: 'enterprises', value: 1000, qualifier: 'at-least' })).toBe('企業少なくとも1,000社');
  });

  it('has a form for every kind and qualifier the data may use, in both languages', () => {
    const kinds = [
      'participants',
      'enterprises',
      'students',
      'graduates',
      'trainees',
      'groups',
      'experts',
      'countries',
      'offices',
      'records',
      'sessions',
    ] as const;
    const qualifiers = [undefined, 'about', 'more-than', 'at-least', 'up-to'] as const;
    for (const lang of ['en', 'ja'] as const)
      for (const kind of kinds)
        for (const qualifier of qualifiers)
          for (const value of [1, 2, 1500]) {
            const s = say(lang, { kind, value, qualifier });
            expect(s).not.toMatch(/[{}|]/);
            expect(s).toContain(value === 1500 ? '1,500' : String(value));
          }
  });
});

describe('counts', () => {
  it('say one in the singular in English, and the same word for any number in Japanese', () => {
    const say = (lang: 'en' | 'ja', key: PluralKey, n: number) => translator(lang)(plural(key, n, lang), { n });
    expect(say('en', 'count.activities', 1)).toBe('1 activity');
    expect(say('en', 'count.activities', 0)).toBe('0 activities');
    expect(say('en', 'count.activities', 2)).toBe('2 activities');
    expect(say('en', 'timeline.activities.summary', 1)).toMatch(/^1 activity matches/);
    expect(say('en', 'panel.overall', 1)).toBe('1 activity in all years and programmes.');
    expect(say('ja', 'count.activities', 1)).toBe('1件');
  });

  it('have a plural form beside every one form', () => {
    for (const key of Object.keys(en))
      if (key.endsWith('.one')) expect(Object.keys(en), key).toContain(key.slice(0, -4));
  });
});
