// Each region loads only its files and runs only the cross-file checks over them: one broken file
// breaks the regions that need it, and a failed cross-file check names every file it read.
import { describe, expect, it } from 'vitest';
import { CROSS_CHECKS } from '../../../src/data/crossCheck';
import { DataError, LoadError } from '../../../src/data/DataError';
import { filesOfError, jsonFilesOf, loadRegion, REGION_FILES, type JsonFile } from '../../../src/data/regions';
import { activity, dataset, fileContents } from '../../fixtures/factories';

const CORE = ['activities.json', 'programmes.json', 'groups.json'];

/** The seven files of a small valid dataset, as each file holds them. */
const filesOf = (over: Partial<Record<JsonFile, unknown>> = {}) => ({
  ...fileContents(dataset([activity({ id: 'a' })])),
  ...over,
});

/** A getter that serves `files`, throwing the ones that are errors, and records what was asked. */
function server(files: Record<JsonFile, unknown>) {
  const asked: JsonFile[] = [];
  const get = async (f: JsonFile) => {
    asked.push(f);
    const v = files[f];
    if (v instanceof Error) throw v;
    return v as never;
  };
  return { get, asked };
}

async function failure(p: Promise<unknown>): Promise<DataError | LoadError> {
  try {
    await p;
  } catch (e) {
    return e as DataError;
  }
  throw new Error('expected the region to fail');
}

describe('REGION_FILES', () => {
  it('gives each region the files it reads', () => {
    expect(REGION_FILES.map).toEqual(['countries.geojson']);
    expect(REGION_FILES.filters).toEqual(CORE);
    expect(REGION_FILES.headline).toEqual(CORE);
    expect([...REGION_FILES.panel].sort()).toEqual([...CORE, 'places.json', 'sources.json'].sort());
    expect([...REGION_FILES.charts].sort()).toEqual([...CORE, 'sources.json', 'series.json', 'conflicts.json'].sort());
    expect(REGION_FILES.treaties).toContain('treaties.json');
  });

  it('leaves treaties.json, which is not part of the Dataset, to the query of its own feature', () => {
    expect(jsonFilesOf(REGION_FILES.treaties)).toEqual(['sources.json', 'groups.json']);
    expect(filesOfError(new LoadError('treaties.json', 'the server answered 404'), REGION_FILES.treaties)).toEqual([
      'treaties.json',
    ]);
  });

  it('runs every cross-file check between JSON files in some region, so none is lost', () => {
    const regions = Object.values(REGION_FILES).filter((files) => !files.includes('countries.geojson'));
    for (const check of CROSS_CHECKS.filter((c) => !c.files.includes('countries.geojson'))) {
      expect(
        regions.some((files) => check.files.every((f) => files.includes(f))),
        check.files.join(' + '),
      ).toBe(true);
    }
  });
});

describe('loadRegion', () => {
  it('loads only the files of the region', async () => {
    const { get, asked } = server(filesOf());
    const data = await loadRegion(REGION_FILES.filters, get);
    expect(Object.keys(data).sort()).toEqual(['activities', 'groups', 'programmes']);
    expect(asked.sort()).toEqual([...CORE].sort());
  });

  it('with series.json missing, the filters and the panel load and the charts fail naming the file', async () => {
    const missing = new LoadError('series.json', 'the server answered 404');
    const { get } = server(filesOf({ 'series.json': missing }));
    await expect(loadRegion(REGION_FILES.filters, get)).resolves.toBeDefined();
    await expect(loadRegion(REGION_FILES.panel, get)).resolves.toBeDefined();
    expect(await failure(loadRegion(REGION_FILES.charts, get))).toBe(missing);
  });

  it('reports a broken reference at the regions that read both files, naming every file involved', async () => {
    const { get } = server(filesOf({ 'sources.json': { sources: [] } }));
    await expect(loadRegion(REGION_FILES.filters, get)).resolves.toBeDefined();
    const e = await failure(loadRegion(REGION_FILES.panel, get));
    expect(e).toBeInstanceOf(DataError);
    expect(e.files).toEqual(['activities.json', 'sources.json', 'groups.json']);
    expect((e as DataError).problems).toEqual([
      'activities.json › activities[0] (id "a") › sources[0].id: no source "src" in sources.json',
      'groups.json › groups[0] (id "ARIPO") › sources[0].id: no source "src" in sources.json',
    ]);
    expect((await failure(loadRegion(REGION_FILES.charts, get))).files).toEqual(e.files);
  });

  it('reports every file that failed alone, not only the first', async () => {
    const { get } = server(
      filesOf({
        'places.json': new LoadError('places.json', 'the server answered 500'),
        'sources.json': new DataError('sources.json', ['sources.json: not valid JSON (…)']),
      }),
    );
    const e = (await failure(loadRegion(REGION_FILES.panel, get))) as DataError;
    expect(e.files).toEqual(['sources.json', 'places.json']);
    expect(e.problems).toEqual([
      'sources.json: not valid JSON (…)',
      'places.json could not be loaded: the server answered 500',
    ]);
  });
});

describe('filesOfError', () => {
  it('is the files the error names, or every file of the region for an error that names none', () => {
    expect(filesOfError(new DataError('x', ['p'], ['activities.json', 'sources.json']), REGION_FILES.panel)).toEqual([
      'activities.json',
      'sources.json',
    ]);
    expect(filesOfError(new TypeError('boom'), REGION_FILES.filters)).toEqual(CORE);
  });
});
