import { describe, expect, it } from 'vitest';
import { clusterPoints, namedPlaces } from '../../../src/domain/cluster';
import type { Place } from '../../../src/domain/types';

describe('clusterPoints', () => {
  it('joins points closer than the radius and keeps far ones apart', () => {
    const pts = [
      { x: 0, y: 0, item: 'harare' },
      { x: 10, y: 5, item: 'mutare' },
      { x: 100, y: 0, item: 'kigali' },
    ];
    expect(clusterPoints(pts, 28).map((c) => c.map((p) => p.item))).toEqual([['harare', 'mutare'], ['kigali']]);
  });
});

const place = (id: string, en: string, lat: number, lon: number, more: Partial<Place> = {}): Place => ({
  id,
  name: { en, ja: en },
  iso3: 'XXX',
  lat,
  lon,
  kind: 'event-city',
  sources: [],
  ...more,
});

describe('namedPlaces', () => {
  it('names a city once, by its plainest place: a city before an office, one a source names before one assumed', () => {
    const gaborone = place('gaborone', 'Gaborone', -24.655, 25.909);
    const assumed = place('gaborone-inferred', 'Gaborone (assumed)', -24.655, 25.909, { inferred: true });
    const oapi = place('oapi', 'OAPI headquarters, Yaoundé', 3.867, 11.517, { kind: 'headquarters' });
    const yaounde = place('yaounde', 'Yaoundé', 3.867, 11.517);
    expect(namedPlaces([assumed, gaborone, oapi, yaounde])).toEqual([gaborone, yaounde]);
    // Only an assumed place at a point: it is named, as assumed.
    expect(namedPlaces([assumed])).toEqual([assumed]);
  });
});
