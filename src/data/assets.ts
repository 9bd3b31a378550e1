// The URLs of the data files as Vite emits them (hashed, same origin). `?url` keeps them out of
// the JS bundle so the browser fetches and caches them on their own.
import activities from '../../data/activities.json?url';
import conflicts from '../../data/conflicts.json?url';
import countries from '../../data/countries.geojson?url';
import groups from '../../data/groups.json?url';
import places from '../../data/places.json?url';
import programmes from '../../data/programmes.json?url';
import series from '../../data/series.json?url';
import sources from '../../data/sources.json?url';
import treaties from '../../data/treaties.json?url';
import type { DataFileName } from './schemas';

export const assetUrls: Record<DataFileName, string> = {
  'activities.json': activities,
  'conflicts.json': conflicts,
  'countries.geojson': countries,
  'groups.json': groups,
  'places.json': places,
  'programmes.json': programmes,
  'series.json': series,
  'sources.json': sources,
  'treaties.json': treaties,
};
