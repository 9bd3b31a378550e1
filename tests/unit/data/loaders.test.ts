import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, LoadError } from '../../../src/data/DataError';
import { loadCountries, loadDataset, loadFile } from '../../../src/data/loaders';
import { activity, dataset } from '../../fixtures/factories';
import { world } from '../../fixtures/geometry';

function serve(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));
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

  it('accepts valid geometry', async () => {
    serve(JSON.stringify(world));
    expect((await loadCountries()).features).toHaveLength(3);
  });

  it('rejects a dataset whose files disagree, naming the record', async () => {
    const d = dataset([activity({ id: 'x', sources: [{ id: 'missing', supports: 'y' }] })]);
    const files: Record<string, unknown> = {
      'activities.json': { activities: d.activities },
      'sources.json': { sources: d.sources },
      'programmes.json': { programmes: d.programmes },
      'groups.json': { groups: d.groups },
      'places.json': { places: [] },
      'series.json': { series: [] },
      'conflicts.json': { conflicts: [] },
    };
    const e = (await rejection(loadDataset(async (f) => files[f] as never))) as DataError;
    expect(e.problems).toEqual(['activities.json › activities[0] (id "x") › sources[0].id: no source "missing" in sources.json']);
  });
});
