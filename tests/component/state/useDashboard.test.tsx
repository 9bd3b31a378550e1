// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetUrls } from '../../../src/data/assets';
import { LoadError } from '../../../src/data/DataError';
import { countriesQuery, regionQuery } from '../../../src/data/queries';
import { DATASET_KEY, jsonFilesOf, REGION_FILES, type RegionData } from '../../../src/data/regions';
import type { Dataset } from '../../../src/domain/types';
import { useDashboard, useLoadedData } from '../../../src/state/useDashboard';
import { DEFAULT_STATE, type ViewState } from '../../../src/state/urlState';
import { activity, fileContents } from '../../fixtures/factories';
import { datasetWith } from '../../fixtures/series';

const data = datasetWith(
  [],
  [
    activity({ id: 'a', start: '2022-05' }),
    activity({ id: 'b', start: '2023-02', programme: 'jica', type: 'long-term-expert' }),
  ],
);

type Files = (typeof REGION_FILES)[keyof typeof REGION_FILES];
const REGIONS = { core: REGION_FILES.filters, panel: REGION_FILES.panel, charts: REGION_FILES.charts };

/** What a region's query holds once its files are in: the lists of its files. */
const regionData = (files: Files, d: Dataset): RegionData =>
  Object.fromEntries(jsonFilesOf(files).map((f) => [DATASET_KEY[f], d[DATASET_KEY[f]]]));

/** The server: every file of `data` but those in `missing` (404). Nothing answers until `answer` is true. */
function serve(missing: string[], answer = true) {
  const contents = fileContents(data) as Record<string, unknown>;
  const byUrl = new Map(Object.entries(assetUrls).map(([file, url]) => [url, file]));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (!answer) return new Promise(() => {});
      const file = byUrl.get(url) ?? '';
      if (missing.includes(file) || !(file in contents)) return new Response('not found', { status: 404 });
      return new Response(JSON.stringify(contents[file]), { status: 200 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A client whose regions are loaded as `loaded` says (all by default); the others have no data yet. */
function clientWith(loaded: (keyof typeof REGIONS)[] = ['core', 'panel', 'charts']) {
  const client = new QueryClient();
  client.setQueryData(countriesQuery.queryKey, { type: 'FeatureCollection', features: [] } as never);
  for (const r of loaded) client.setQueryData(regionQuery(REGIONS[r]).queryKey, regionData(REGIONS[r], data));
  client.setQueryData(regionQuery(REGION_FILES.briefing).queryKey, regionData(REGION_FILES.briefing, data));
  return client;
}

const nav = () => {};

function render(state: ViewState, client = clientWith()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ s }) => useDashboard(useLoadedData(), s, nav), { initialProps: { s: state }, wrapper });
}

describe('useDashboard', () => {
  it('builds the index once for the dataset, and the figures for each view', () => {
    const view = render(DEFAULT_STATE);
    const first = view.result.current;
    expect(first.selection.activities).toHaveLength(2);
    view.rerender({ s: { ...DEFAULT_STATE, country: 'KEN', lang: 'ja', chart: 'tisc' } });
    expect(view.result.current.state.country).toBe('KEN');
    expect(view.result.current.index).toBe(first.index);
    view.rerender({ s: { ...DEFAULT_STATE, country: 'KEN', programmes: ['jica'] } });
    expect(view.result.current.index).toBe(first.index);
    expect(view.result.current.filters.programmes).toEqual(['jica']);
    expect(view.result.current.selection.activities.map((a) => a.id)).toEqual(['b']);
  });

  it('merges each region’s files into the data as they load, without building the view again', async () => {
    serve([], false);
    const client = clientWith(['core']);
    const view = render(DEFAULT_STATE, client);
    const first = view.result.current;
    expect(first.regions.core.ready).toBe(true);
    expect(first.regions.panel.ready).toBe(false);
    expect(first.data.sources).toEqual([]);

    act(() => client.setQueryData(regionQuery(REGION_FILES.panel).queryKey, regionData(REGION_FILES.panel, data)));
    await waitFor(() => expect(view.result.current.regions.panel.ready).toBe(true));
    const later = view.result.current;
    expect(later.regions.panel.ready).toBe(true);
    expect(later.regions.charts.ready).toBe(false);
    expect(later.data.sources).toBe(data.sources);
    expect(later.data.activities).toBe(first.data.activities);
    expect(later.selection).toBe(first.selection);
    expect(later.headline).toBe(first.headline);
  });

  it('reports a failed region with its error, while the others stay ready', async () => {
    serve(['series.json']);
    const client = clientWith(['core', 'panel']);
    const view = render(DEFAULT_STATE, client);
    await waitFor(() => expect(view.result.current.regions.charts.error).not.toBeNull());
    const d = view.result.current;
    expect(d.regions.charts.ready).toBe(false);
    expect(d.regions.charts.error).toBeInstanceOf(LoadError);
    expect((d.regions.charts.error as LoadError).files).toEqual(['series.json']);
    expect(d.regions.core).toMatchObject({ ready: true, error: null });
    expect(d.regions.panel).toMatchObject({ ready: true, error: null });
    expect(d.data.series).toEqual([]);
  });
});
