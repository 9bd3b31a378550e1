// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { recordLookup, RecordSources } from '../../../src/ui/RecordSources';
import { SourceLink } from '../../../src/ui/SourceLink';
import { activity, source } from '../../fixtures/factories';

describe('SourceLink', () => {
  it('links a web address', () => {
    render(<SourceLink href="https://www.jpo.go.jp/e/">JPO</SourceLink>);
    expect(screen.getByRole('link', { name: 'JPO' }).getAttribute('href')).toBe('https://www.jpo.go.jp/e/');
  });

  it.each([
    'javascript:window.pwned=1',
    'data:text/html,<script>window.pwned=1</script>',
    ' https://x.org',
    'vbscript:x',
  ])('shows %s as text, not as a link', (url) => {
    const { container } = render(<SourceLink href={url}>WIPO</SourceLink>);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe(`WIPO (${url})`);
  });
});

describe('the records behind a headline figure, in Japanese', () => {
  it('cite each publisher by its official Japanese name where it has one, punctuated as Japanese', () => {
    const jpo = { ...source, publisher: 'Japan Patent Office (JPO)', publisher_ja: '特許庁' };
    const wipo = { ...source, id: 'wipo', publisher: 'WIPO', date: '2010' };
    const a = activity({
      id: 'mip',
      title: { en: 'MIP', ja: '修士課程' },
      sources: [
        { id: 'src', supports: 'x' },
        { id: 'wipo', supports: 'y' },
      ],
    });
    const { container } = render(
      <LocaleProvider lang="ja">
        <RecordSources ids={['mip']} lookup={recordLookup([a], [jpo, wipo])} />
      </LocaleProvider>,
    );
    expect(container.textContent).toBe('修士課程：特許庁（2025年4月1日）、WIPO（2010年）');
    expect(screen.getByRole('link', { name: '特許庁（2025年4月1日）' }).querySelector('span')?.lang).toBe('ja');
    expect(screen.getByRole('link', { name: 'WIPO（2010年）' }).querySelector('span')?.lang).toBe('en');
  });
});
