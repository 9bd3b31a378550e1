// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import data from 'virtual:lead-data';
import { LeadSentence } from '../../../src/features/headline/LeadSentence';
import { leadOf } from '../../../src/domain/lead';
import { formatDate, formatNumber } from '../../../src/i18n/format';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';

// The sentence's numbers and dates are formatted by the build (scripts/leadData.ts); what the page shows
// must be what the app's own formatters say, in each language, for every dated source it cites.
describe('the lead sentence, formatted by the build', () => {
  const lead = leadOf(data.series);
  for (const lang of ['en', 'ja'] as const) {
    it(`shows the count and every source's date as the app formats them (${lang})`, () => {
      expect(lead?.countries).toBeTruthy();
      const { container } = render(
        <LocaleProvider lang={lang}>
          <LeadSentence />
        </LocaleProvider>,
      );
      const text = container.querySelector('p.lead')?.textContent ?? '';
      expect(text).toContain(formatNumber(lead?.countries?.point.value ?? NaN, lang));
      const links = [...container.querySelectorAll('.lead-sources a')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        const source = data.sources.find((s) => s.url === a.getAttribute('href'));
        expect(source).toBeTruthy();
        if (source && source.date !== 'undated') expect(a.textContent).toContain(formatDate(source.date, lang));
      }
      expect(text).not.toMatch(/\d{4}-\d{2}/);
    });
  }
});
