// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceLink } from '../../../src/ui/SourceLink';

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
