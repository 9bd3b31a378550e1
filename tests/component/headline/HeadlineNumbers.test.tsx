// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadlineNumbers } from '../../../src/features/headline/HeadlineNumbers';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { activity, dataset } from '../../fixtures/factories';
import { makeDashboard } from '../../fixtures/dashboard';

const data = dataset([
  activity({ id: 'seminar', start: '2023-09', countries: ['ZWE'], figures: [{ kind: 'participants', value: 21 }] }),
  activity({
    id: 'old-strand',
    start: '2008',
    end: '2024',
    type: 'mip',
    programme: 'human-resources',
    countries: ['ZWE'],
  }),
  activity({
    id: 'related',
    start: '2023-10',
    countries: ['ZWE'],
    funding: 'context',
    figures: [{ kind: 'participants', value: 400 }],
  }),
]);

function show(state: Parameters<typeof makeDashboard>[1] = {}, lang: 'en' | 'ja' = 'en') {
  const d = makeDashboard(data, state);
  return render(
    <LocaleProvider lang={lang}>
      <HeadlineNumbers
        h={d.headline}
        range={[d.filters.from, d.filters.to]}
        activities={d.selection.activities}
        files={d.data}
      />
    </LocaleProvider>,
  );
}
const card = (c: HTMLElement, id: string) => c.querySelector(`[data-measure="${id}"]`) as HTMLElement;

describe('the headline cards', () => {
  it('state one kind each, as a lower bound, and open onto the records and sources behind the value', () => {
    const { container } = show();
    const people = card(container, 'participants');
    expect(within(people).getByText('Participants documented')).toBeTruthy();
    expect(people.querySelector('.headline-value')?.textContent).toBe('21');
    expect(people.querySelector('.headline-note')?.textContent).toMatch(/lower bound/);
    const summary = within(people).getByText('Source (1)');
    fireEvent.click(summary);
    const details = summary.closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const items = details.querySelectorAll('li[data-record]');
    expect([...items].map((li) => li.getAttribute('data-record'))).toEqual(['seminar']);
    expect(details.querySelector('a')?.getAttribute('href')).toMatch(/^https:/);
    expect(container.textContent).not.toMatch(/People and enterprises/);
  });

  it('leave related work out unless it is asked for', () => {
    expect(card(show().container, 'participants').querySelector('.headline-value')?.textContent).toBe('21');
    expect(card(show({ context: true }).container, 'participants').querySelector('.headline-value')?.textContent).toBe(
      '421',
    );
  });

  it('read a single year as that year, saying that earlier work is included', () => {
    const years = card(show({ from: 2023, to: 2023 }).container, 'years');
    expect(years.querySelector('.headline-value')?.textContent).toBe('2023');
    expect(years.querySelector('.headline-note')?.textContent).toMatch(/begun earlier \(from 2008\)/);
  });

  it('name the definition of an event in Japanese too', () => {
    const events = card(show({}, 'ja').container, 'events');
    expect(events.querySelector('.headline-value')?.textContent).toBe('1');
    expect(screen.getAllByText(/催し/).length).toBeGreaterThan(0);
  });
});
