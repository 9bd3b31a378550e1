import type { Map as LMap } from 'leaflet';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import { byPlace, selectAll, type Selection } from '../../domain/selection';
import { clusterPoints, namedPlaces } from '../../domain/cluster';
import { overlaps, squareBox } from '../../domain/mapLayout';
import type { CountryProps, Place } from '../../domain/types';
import { countryName, joinWords } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { EventMarkers, MARKER_SIZE, type CityCluster } from './EventMarkers';
import { useFurniture } from './furniture';
import { SmallStateMarkers, type SmallStatesProps } from './SmallStateMarkers';

/** The map's zoom, or null until the camera has given it a first view. */
function useZoom(map: LMap): number | null {
  const subscribe = useCallback(
    (changed: () => void) => {
      map.on('zoomend', changed);
      return () => void map.off('zoomend', changed);
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => (map.getZoom() as number | undefined) ?? null);
}

export interface MarkersProps extends SmallStatesProps {
  selection: Selection;
  places: Place[];
  showCities: boolean;
  names: Map<string, CountryProps>;
  /** told how many squares lie under the key (left out until it is folded), for the key to say so */
  onUnderKey: (n: number) => void;
}

/** The city squares and the small states' dots, laid out together at each zoom: cities that would overlap
 * share a square, and a dot steps aside from a square that would hide it. */
export function MapMarkers({ selection, places, showCities, names, onSelect, onUnderKey, ...dots }: MarkersProps) {
  const map = useMap();
  const zoom = useZoom(map);
  const { lang, t } = useLocale();
  const text = useText();

  // Cities that would overlap at this zoom share a square. They are grouped over every place with
  // activities in the dataset, whatever the filters: a filter changes a square's count or hides it but
  // never moves it, nor the dots laid out around the squares. Marks that stay put are easier to follow,
  // and moving them was the larger part of what a filter change cost the map (docs/benchmark.md).
  const { index } = selection;
  const groups = useMemo(() => {
    if (!showCities || zoom === null) return [];
    const any = byPlace(selectAll(index));
    const pts = places.flatMap((place) =>
      any.has(place.id) ? [{ ...map.project([place.lat, place.lon], zoom), item: place }] : [],
    );
    return clusterPoints(pts, MARKER_SIZE + 4).map((c) => ({
      at: c[0]?.item as Place,
      places: c.map((p) => p.item),
      x: c[0]?.x ?? 0,
      y: c[0]?.y ?? 0,
    }));
  }, [showCities, zoom, index, places, map]);
  const clusters = useMemo((): (CityCluster & { x: number; y: number })[] => {
    const held = byPlace(selection);
    return groups.flatMap(({ at, places: group, x, y }) => {
      const items = group.flatMap((place) => {
        const events = held.get(place.id);
        return events ? [{ place, events }] : [];
      });
      if (items.length === 0) return [];
      const n = items.reduce((sum, i) => sum + i.events.length, 0);
      // A label, not prose: the first Intl.ListFormat of a page loads locale data during the load.
      const cities = namedPlaces(items.map((i) => i.place)).map((p) => text(p.name).text);
      const countries = [...new Set(items.map((i) => i.place.iso3))].flatMap((iso3) => {
        const p = names.get(iso3);
        return p ? [{ iso3, name: countryName(p, lang) }] : [];
      });
      const label = t('map.marker', { name: joinWords(cities, lang), n });
      return [{ key: at.id, at, items, n, label, countries, x, y }];
    });
  }, [groups, selection, names, lang, t, text]);
  // A square under the key or a button is left out: unseen, it would still take the keyboard's focus and
  // a click meant for the key. Folding the key shows it. (The dots step aside from it as from the key.)
  const furniture = useFurniture(map, dots.treaty ? 'treaty' : 'activities');
  const covered = useMemo(
    () =>
      new Set(
        clusters
          .filter((c) => furniture.boxes.some((b) => overlaps(squareBox(c, MARKER_SIZE / 2), b)))
          .map((c) => c.key),
      ),
    [clusters, furniture],
  );
  const underKey = useMemo(
    () => clusters.filter((c) => furniture.key && overlaps(squareBox(c, MARKER_SIZE / 2), furniture.key)).length,
    [clusters, furniture],
  );
  useEffect(() => onUnderKey(underKey), [underKey, onUnderKey]);
  const reachable = useMemo(() => new Set(index.countries), [index]);

  if (zoom === null) return null;
  return (
    <>
      <SmallStateMarkers
        {...dots}
        onSelect={onSelect}
        zoom={zoom}
        reachable={reachable}
        // Every square a filter could show, so that the dots stay put as well.
        squares={groups}
        half={MARKER_SIZE / 2}
        furniture={furniture}
      />
      <EventMarkers clusters={clusters} covered={covered} onSelect={onSelect} />
    </>
  );
}
