import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, LoadError } from '../../../src/data/DataError';
import { loadCountries, loadDataset, loadFile } from '../../../src/data/loaders';
import { parseCountries } from '../../../src/data/validateCountries';
import { activity, dataset, fileContents } from '../../fixtures/factories';
import { world } from '../../fixtures/geometry';

function serve(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}
afterEach(() => vi.unstubAllGlobals());

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
};

describe('loaders', () => {
  it('loads and validates a file', async () => {
    serve(JSON.stringify({ activities: [activity({ id: 'a' })] }));
    expect((await loadFile('activities.json')).activities.map((a) => a.id)).toEqual(['a']);
  });

  it('names the file when the server answers an error', async () => {
    serve('not found', 404);
    const e = await rejection(loadFile('series.json'));
    expect(e).toBeInstanceOf(LoadError);
    expect((e as Error).message).toBe('series.json could not be loaded: the server answered 404');
  });

  it('names file, feature and field for broken geometry', async () => {
    const broken = structuredClone(world);
    (broken.features[1]!.properties as { iso3: string }).iso3 = 'Kenya';
    (broken.features[2]!.geometry as { type: string }).type = 'Point';
    serve(JSON.stringify(broken));
    const e = (await rejection(loadCountries())) as DataError;
    expect(e.problems).toEqual([
      'countries.geojson › features[1] (iso3 "Kenya") › properties.iso3: expected an ISO 3166-1 alpha-3 code, got "Kenya"',
      'countries.geojson › features[2] (iso3 "BRA") › geometry.type: expected one of "Polygon", "MultiPolygon", got "Point"',
    ]);
  });

  it('names the feature, its ISO code and what was expected for broken coordinates', async () => {
    const broken = structuredClone(world) as unknown as {
      features: { geometry: { type: string; coordinates: unknown } }[];
    };
    broken.features[1]!.geometry.coordinates = [1, 2, 3];
    broken.features[2]!.geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 95],
            [0, 0],
          ],
        ],
      ],
    };
    serve(JSON.stringify(broken));
    const e = (await rejection(loadCountries())) as DataError;
    expect(e).toBeInstanceOf(DataError);
    expect(e.problems).toEqual([
      'countries.geojson › features[1] (iso3 "KEN") › geometry.coordinates[0]: expected a ring: a list of at least 4 [longitude, latitude] positions, got number 1',
      'countries.geojson › features[2] (iso3 "BRA") › geometry.coordinates[0][0][2]: expected a latitude from -90 to 90, got number 95',
    ]);
  });

  it('reports one coordinate problem per feature, however many positions are wrong', () => {
    const broken = structuredClone(world) as unknown as { features: { geometry: { coordinates: unknown } }[] };
    broken.features[0]!.geometry.coordinates = [Array.from({ length: 10_000 }, () => ['x', 'y'])];
    const e = (() => {
      try {
        parseCountries(JSON.stringify(broken));
      } catch (err) {
        return err as DataError;
      }
      throw new Error('expected a rejection');
    })();
    expect(e.problems).toEqual([
      'countries.geojson › features[0] (iso3 "ZWE") › geometry.coordinates[0][0]: expected a longitude from -180 to 180, got "x"',
    ]);
  });

  it('accepts the real geometry', () => {
    expect(parseCountries(readFileSync('data/countries.geojson', 'utf8')).features.length).toBeGreaterThan(200);
  });

  it('accepts valid geometry', async () => {
    serve(JSON.stringify(world));
    expect((await loadCountries()).features).toHaveLength(3);
  });

  it('rejects a dataset whose files disagree, naming the record', async () => {
    const d = dataset([activity({ id: 'x', sources: [{ id: 'missing', supports: 'y' }] })]);
    const files = fileContents(d);
    const e = (await rejection(loadDataset(async (f) => files[f] as never))) as DataError;
    expect(e.problems).toEqual([
      'activities.json › activities[0] (id "x") › sources[0].id: no source "missing" in sources.json',
    ]);
  });
});
