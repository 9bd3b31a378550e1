// Try again after a cross-file fault: the file that passed alone is fetched again too, so mending the
// file on the server and pressing Try again recovers without a reload.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetUrls } from '../../../src/data/assets';
import { DataError } from '../../../src/data/DataError';
import { countriesQuery, regionQuery, retryFiles } from '../../../src/data/queries';
import { REGION_FILES } from '../../../src/data/regions';
import type { DataFileName } from '../../../src/data/schemas';
import { activity, dataset, fileContents } from '../../fixtures/factories';

const d = dataset([activity({ id: 'a' })]);
/** What the server holds: the tests edit it between requests, as a data editor mends a deploy. */
let files: Partial<Record<DataFileName, unknown>>;
const fetched: string[] = [];
/** Each request as `file cache-mode`: how it treats the browser's HTTP cache. */
const requests: string[] = [];

function serve() {
  const byUrl = new Map(Object.entries(assetUrls).map(([file, url]) => [url, file as DataFileName]));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const file = byUrl.get(url);
      requests.push(`${file} ${init?.cache}`);
      if (!file || !(file in files)) return new Response('not found', { status: 404 });
      fetched.push(file);
      return new Response(JSON.stringify(files[file]), { status: 200 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  fetched.length = 0;
  requests.length = 0;
});

function start() {
  // The record the activity cites is missing from sources.json.
  files = { ...fileContents(d), 'sources.json': { sources: [] } };
  serve();
  return new QueryClient();
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as DataError;
  }
  throw new Error('expected a failure');
};
const count = (file: DataFileName) => fetched.filter((f) => f === file).length;

describe('retryFiles', () => {
  it('after a cross-file fault is mended on the server, loads the region again', async () => {
    const client = start();
    const panel = regionQuery(REGION_FILES.panel);
    const error = await failure(client.fetchQuery(panel));
    expect(error.files).toEqual(['activities.json', 'sources.json', 'groups.json']);

    files['sources.json'] = { sources: d.sources };
    // Fetching the region again alone serves the cached sources.json, which passed alone: still broken.
    expect(await failure(client.fetchQuery(panel))).toBeInstanceOf(DataError);
    expect(count('sources.json')).toBe(1);

    await retryFiles(client, error, REGION_FILES.panel);
    const data = await client.fetchQuery(panel);
    expect(data.sources?.map((s) => s.id)).toEqual(['src']);
    expect(count('sources.json')).toBe(2);
    expect(count('activities.json')).toBe(2);
    // A file the failed check did not read is not fetched again.
    expect(count('programmes.json')).toBe(1);
  });

  it('also loads again every other region built on a file it fetched anew', async () => {
    const client = start();
    files['sources.json'] = { sources: [d.sources[0]!, { ...d.sources[0]!, id: 'old' }] };
    const charts = regionQuery(REGION_FILES.charts);
    expect((await client.fetchQuery(charts)).sources?.map((s) => s.id)).toEqual(['src', 'old']);

    files['sources.json'] = { sources: d.sources };
    await retryFiles(client, new DataError('x', ['p'], ['sources.json']), REGION_FILES.panel);
    expect((await client.fetchQuery(charts)).sources?.map((s) => s.id)).toEqual(['src']);
  });

  it('leaves the regions that do not read the files alone', async () => {
    const client = start();
    const filters = regionQuery(REGION_FILES.filters);
    await client.fetchQuery(filters);
    await retryFiles(client, new DataError('sources.json', ['p']), REGION_FILES.panel);
    expect(client.getQueryState(filters.queryKey)?.isInvalidated).toBe(false);
    expect(client.getQueryState(regionQuery(REGION_FILES.charts).queryKey)).toBeUndefined();
  });

  it('asks the server again past the browser’s HTTP cache, where a mended file is', async () => {
    const client = start();
    const panel = regionQuery(REGION_FILES.panel);
    const error = await failure(client.fetchQuery(panel));
    expect(requests).toContain('sources.json default');
    expect(requests.every((r) => r.endsWith(' default'))).toBe(true);

    requests.length = 0;
    files['sources.json'] = { sources: d.sources };
    await retryFiles(client, error, REGION_FILES.panel);
    await client.fetchQuery(panel);
    expect(requests.sort()).toEqual(['activities.json no-cache', 'groups.json no-cache', 'sources.json no-cache']);
  });

  it('revalidates the geometry when the map asks for it again after it failed', async () => {
    const client = start(); // no countries.geojson on the server
    await failure(client.fetchQuery(countriesQuery));
    await failure(client.fetchQuery(countriesQuery));
    expect(requests).toEqual(['countries.geojson default', 'countries.geojson no-cache']);
  });
});
