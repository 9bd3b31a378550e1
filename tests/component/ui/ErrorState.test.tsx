// @vitest-environment jsdom
// The error state stays a page a person can read, whatever the error holds.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataError, LoadError } from '../../../src/data/DataError';
import { PROBLEM_MAX } from '../../../src/data/describeValue';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { ErrorState, PROBLEMS_SHOWN } from '../../../src/ui/ErrorState';

const show = (error: unknown, lang: 'en' | 'ja' = 'en') =>
  render(
    <LocaleProvider lang={lang}>
      <ErrorState error={error} onRetry={() => {}} />
    </LocaleProvider>,
  );

describe('ErrorState', () => {
  it('lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: 1000 }, (_, i) => `activities.json › activities[${i}] › id: expected a slug`);
    show(new DataError('activities.json', problems));
    expect(screen.getAllByRole('listitem')).toHaveLength(PROBLEMS_SHOWN);
    expect(screen.getByText(`… and ${1000 - PROBLEMS_SHOWN} more`)).toBeTruthy();
    expect(screen.getByText('The data file activities.json could not be used.')).toBeTruthy();
  });

  it('cuts any one line short, even of an error that is not a data error', () => {
    show(new Error('x'.repeat(1_000_000)));
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text.length).toBeLessThan(PROBLEM_MAX + 200);
    expect(text).toContain('x…');
  });

  it('names every file of a failed cross-file check, in Japanese too', () => {
    const e = new DataError('activities.json, sources.json', ['p'], ['activities.json', 'sources.json']);
    show(e, 'ja');
    expect(screen.getByText('データファイル activities.json, sources.json を使用できませんでした。')).toBeTruthy();
  });

  it('names the file that could not be loaded', () => {
    show(new LoadError('series.json', 'the server answered 404'));
    expect(screen.getByText('The data file series.json could not be used.')).toBeTruthy();
    expect(screen.getByText('series.json could not be loaded: the server answered 404')).toBeTruthy();
  });
});
