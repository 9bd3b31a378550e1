// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slideFacts } from '../../../src/domain/slideFacts';
import { DEFAULT_STORY } from '../../../src/domain/story';
import type { Dataset } from '../../../src/domain/types';
import { SentenceSources } from '../../../src/features/briefing/SentenceSources';
import { slideInput } from '../../../src/features/briefing/slideModel';
import { slidePatch } from '../../../src/features/briefing/slidePatch';
import { translator } from '../../../src/i18n/messages';
import { makeDashboard } from '../../fixtures/dashboard';

const load = <T,>(name: string, key: string): T[] =>
  (JSON.parse(readFileSync(`data/${name}`, 'utf8')) as Record<string, T[]>)[key] ?? [];
const real = Object.fromEntries(
  ['activities', 'sources', 'programmes', 'groups', 'places', 'series', 'conflicts'].map((k) => [
    k,
    load(`${k}.json`, k),
  ]),
) as unknown as Dataset;

describe('the presenter’s sources', () => {
  it('open each sentence of the SME slide onto its records and their source links', () => {
    const slide = DEFAULT_STORY.slides.find((s) => s.topic === 'sme')!;
    const facts = slideFacts(slide, slideInput(makeDashboard(real, slidePatch(slide.view)), null, '2026-12-06'));
    const c = { t: translator('en'), lang: 'en' as const, data: real, countryName: (x: string) => x };
    const { container } = render(<SentenceSources c={c} facts={facts} />);
    const summary = screen.getByText(/^Behind “The deadline of 27 June 2026 has passed/);
    const details = summary.closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(details.querySelectorAll('li[data-record]').length).toBe(1);
    expect(details.querySelector('a[href^="https://"]')).not.toBeNull();
    expect(container.querySelectorAll('details').length).toBe(facts.sentences.length);
  });
});
