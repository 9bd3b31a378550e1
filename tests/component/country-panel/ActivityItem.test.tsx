// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivityItem } from '../../../src/features/country-panel/ActivityItem';
import type { ActivityStatus, YearBasis } from '../../../src/domain/types';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity, source } from '../../fixtures/factories';

function statusText(status: ActivityStatus | undefined, lang: 'en' | 'ja', yearBasis: YearBasis = 'calendar') {
  const { container, unmount } = render(
    <LocaleProvider lang={lang}>
      <ul>
        <ActivityItem
          a={activity({ id: 'x', start: '2021', yearBasis, status })}
          programme={undefined}
          place={undefined}
          sources={new Map()}
        />
      </ul>
    </LocaleProvider>,
  );
  const text = container.querySelector('.status')?.textContent ?? null;
  unmount();
  return text;
}

describe('the status of an activity in the country panel', () => {
  it('says what the source says, with the year it says it of', () => {
    expect(statusText({ state: 'implemented', year: 2021 }, 'en')).toBe(' · implemented in 2021');
    expect(statusText({ state: 'completed', year: 2022 }, 'en')).toBe(' · completed in 2022');
    expect(statusText({ state: 'ongoing', year: 2025 }, 'en')).toBe(' · ongoing as of 2025');
    expect(statusText({ state: 'unknown' }, 'en')).toBe(' · status unknown');
  });

  it('speaks of fiscal years for a fiscal-year record, and in Japanese', () => {
    expect(statusText({ state: 'completed', year: 2022 }, 'en', 'jp-fiscal')).toBe(' · completed in FY2022');
    expect(statusText({ state: 'implemented', year: 2021 }, 'ja')).toBe(' · 2021年に実施');
    expect(statusText({ state: 'ongoing', year: 2025 }, 'ja', 'jp-fiscal')).toBe(' · 2025年度時点で実施中');
    expect(statusText({ state: 'unknown' }, 'ja')).toBe(' · 状況不明');
  });

  it('shows nothing for a one-off event', () => {
    render(
      <LocaleProvider lang="en">
        <ul>
          <ActivityItem a={activity({ id: 'y' })} programme={undefined} place={undefined} sources={new Map()} />
        </ul>
      </LocaleProvider>,
    );
    expect(screen.getByRole('listitem').querySelector('.status')).toBeNull();
  });
});

describe('the figures of an activity in the country panel', () => {
  it('give the year of each intake, so that two figures of one kind can be told apart', () => {
    render(
      <LocaleProvider lang="en">
        <ul>
          <ActivityItem
            a={activity({
              id: 'mip',
              start: '2008',
              figures: [
                { id: 'intake-2008', kind: 'students', value: 22, date: '2008' },
                { id: 'intake-2009', kind: 'students', value: 26, date: '2009' },
              ],
            })}
            programme={undefined}
            place={undefined}
            sources={new Map()}
          />
        </ul>
      </LocaleProvider>,
    );
    const figures = [...document.querySelectorAll('.figures li')].map((li) => li.textContent);
    expect(figures).toEqual(['22 students (2008)', '26 students (2009)']);
  });
});

describe('an activity’s figures and funding in the country panel', () => {
  function item(over: Parameters<typeof activity>[0]) {
    return render(
      <LocaleProvider lang="en">
        <ul>
          <ActivityItem a={activity(over)} programme={undefined} place={undefined} sources={new Map()} />
        </ul>
      </LocaleProvider>,
    ).container;
  }

  it('gives each figure of a separate intake its year (Zimbabwe: "22 students (2008)", "26 students (2009)")', () => {
    const c = item({
      id: 'mip',
      start: '2008',
      figures: [
        { kind: 'students', value: 22, date: '2008' },
        { kind: 'students', value: 26, date: '2009' },
      ],
    });
    expect([...c.querySelectorAll('.figures li')].map((li) => li.textContent)).toEqual([
      '22 students (2008)',
      '26 students (2009)',
    ]);
  });

  it('labels related work with no fund link stated, and only that', () => {
    expect(item({ id: 'case', start: '2014', funding: 'context' }).textContent).toContain(
      'Related work (no fund link stated)',
    );
    expect(item({ id: 'fund', start: '2014' }).textContent).not.toContain('Related work');
  });
});

describe('an activity in the Japanese panel', () => {
  it('is punctuated as Japanese: full-width colon and brackets, sources cited with their dates in brackets', () => {
    const wipo = { ...source, id: 'wipo', publisher: 'WIPO', date: '2010' };
    const mutare = { id: 'mutare', iso3: 'ZWE', lat: -19, lon: 32, kind: 'event-city' as const, sources: [] };
    const { container } = render(
      <LocaleProvider lang="ja">
        <ul>
          <ActivityItem
            a={activity({
              id: 'mip',
              figures: [{ kind: 'students', value: 22, date: '2008' }],
              sources: [
                { id: 'src', supports: 'the intake' },
                { id: 'wipo', supports: 'the course' },
              ],
            })}
            programme={undefined}
            place={{ ...mutare, name: { en: 'Mutare', ja: 'ムタレ' }, inferred: true }}
            sources={new Map([source, wipo].map((s) => [s.id, s]))}
          />
        </ul>
      </LocaleProvider>,
    );
    const text = (sel: string) => container.querySelector(sel)?.textContent;
    expect(text('.figures li')).toBe('学生22人（2008年）');
    expect(text('.activity-place')).toBe('場所：ムタレ（出典に都市名がないため推定）');
    expect(text('.activity-sources')).toBe('出典：JPO（2025年4月1日）、WIPO（2010年）');
    expect(container.textContent).toContain('連携先：WIPO');
    expect(container.textContent).not.toMatch(/[：:] |; | \(/);
  });
});
