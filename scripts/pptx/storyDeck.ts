// The default story's deck built in node from the real data/ files, the way the browser builds it (less
// the map pictures, which need a browser to draw): for npm run test:pptx, the bench and the unit tests.
// Loaded through Vite's module runner (or Vitest), which resolves the app's asset imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as crossCheckModule from '../../src/data/crossCheck.ts';
import { loadDataset } from '../../src/data/loaders.ts';
import { parseDataFile } from '../../src/data/validate.ts';
import { DEFAULT_STORY, type Story } from '../../src/domain/story.ts';
import type { Countries } from '../../src/domain/types.ts';
import { buildDeck, type DeckSpec } from '../../src/features/briefing/deck.ts';
import { storyDeck } from '../../src/features/briefing/deckSpec.ts';
import type { TextContext } from '../../src/features/briefing/slideText.ts';
import { countryName } from '../../src/i18n/format.ts';
import { loadCatalogue, translator } from '../../src/i18n/messages.ts';
import { buildDashboard, type DashboardModel } from '../../src/state/buildDashboard.ts';
import { DEFAULT_STATE } from '../../src/state/urlState.ts';

// The app fetches the Japanese messages when a page first shows them; a deck may be in either language.
// Loaded while this module loads: the module runner that imports it is closed afterwards.
await loadCatalogue('ja');

export interface DiskData {
  /** the default view's dashboard of the data: each slide's is built from it */
  story: DashboardModel;
  countries: Countries;
}

export async function loadFromDisk(dir = 'data'): Promise<DiskData> {
  const data = await loadDataset(
    async (file) => parseDataFile(file, readFileSync(join(dir, file), 'utf8')),
    // Imported up front: the bench's runnerImport cannot import once this module is loaded.
    async () => crossCheckModule,
  );
  const countries = JSON.parse(readFileSync(join(dir, 'countries.geojson'), 'utf8')) as Countries;
  return { story: buildDashboard(data, DEFAULT_STATE), countries };
}

export function textContext(d: DiskData, lang: 'en' | 'ja'): TextContext {
  const names = new Map(d.countries.features.map((f) => [f.properties.iso3, countryName(f.properties, lang)]));
  return { t: translator(lang), lang, data: d.story.data, countryName: (iso3) => names.get(iso3) ?? iso3 };
}

export async function storyDeckFromDisk(
  d: DiskData,
  lang: 'en' | 'ja',
  story: Story = DEFAULT_STORY,
): Promise<{ spec: DeckSpec; bytes: Uint8Array }> {
  const spec = storyDeck(story, d.story, textContext(d, lang));
  return { spec, bytes: (await buildDeck(spec, 'uint8array')) as Uint8Array };
}
