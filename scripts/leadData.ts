// `virtual:lead-data`: the figures of the first screen's lead sentence (src/domain/lead.ts) and their
// sources, taken from data/ when the app is built and validated as the app validates the files. The
// sentence is then in the page's first render: fetched with the rest of the data, it was the page's
// largest text and came only after every file had loaded (its Largest Contentful Paint on a phone).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseDataFile } from '../src/data/validate.ts';
import { LEAD_SERIES, leadOf } from '../src/domain/lead.ts';
import { formatDate, formatMoneyWords, formatNumber } from '../src/i18n/format.ts';

const ID = 'virtual:lead-data';
const file = (name: string) => new URL(`../data/${name}`, import.meta.url);

export function leadData(): Plugin {
  return {
    name: 'atlas-lead-data',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      for (const name of ['series.json', 'sources.json']) this.addWatchFile(file(name).pathname);
      const series = parseDataFile('series.json', readFileSync(file('series.json'), 'utf8')).series.filter((s) =>
        LEAD_SERIES.includes(s.id),
      );
      const cited = new Set(series.flatMap((s) => s.points.flatMap((p) => p.sources.map((r) => r.id))));
      const sources = parseDataFile('sources.json', readFileSync(file('sources.json'), 'utf8')).sources.filter((s) =>
        cited.has(s.id),
      );
      // Every number and date the sentence shows, in both languages: the first Intl formatter a page
      // creates loads the locale's data, the longest piece of a phone's first render, so the build
      // formats them once instead (total in words, countries, the sources' dates).
      const lead = leadOf(series);
      const both = (f: (lang: 'en' | 'ja') => string) => ({ en: f('en'), ja: f('ja') });
      const text = lead
        ? {
            amount: both((l) => formatMoneyWords(lead.total.point.value, 'JPY', l)),
            countries: lead.countries ? both((l) => formatNumber(lead.countries!.point.value, l)) : null,
            dates: Object.fromEntries(
              sources.filter((s) => s.date !== 'undated').map((s) => [s.date, both((l) => formatDate(s.date, l))]),
            ),
          }
        : null;
      return `export default ${JSON.stringify({ series, sources, text })};`;
    },
  };
}
