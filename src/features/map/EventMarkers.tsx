import { divIcon, type DivIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { Marker, Popup, useMap, useMapEvent } from 'react-leaflet';
import { clusterPoints } from '../../domain/cluster';
import { byDate } from '../../domain/dates';
import type { Activity, Place } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';

const SIZE = 24;
// One icon per count: a new icon object would make Leaflet replace the marker's element on every render.
const icons = new Map<number, DivIcon>();
function icon(n: number): DivIcon {
  let i = icons.get(n);
  if (!i) icons.set(n, (i = divIcon({ className: 'event-marker', html: `<span aria-hidden="true">${n}</span>`, iconSize: [SIZE, SIZE] })));
  return i;
}

/** The events of a marker. A component of its own, so its dates are formatted and sorted only when
 * the popup opens (react-leaflet renders a popup's children then), not for every marker on every change. */
function PopupContent({ cluster, onSelect }: { cluster: { place: Place; events: Activity[] }[]; onSelect: (iso3: string) => void }) {
  const { lang } = useLocale();
  const text = useText();
  return (
    <>
      {cluster.map(({ place, events }) => (
        <section key={place.id}>
          <h3 className="popup-title">{text(place.name).text}</h3>
          <ul className="popup-list">
            {byDate(events).map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => onSelect(a.countries[0] ?? place.iso3)}>
                  {formatDate(a.start, lang, a.yearBasis === 'jp-fiscal')} — {text(a.title).text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** One square per city (or per group of cities that would overlap at this zoom) where filtered events
 * took place; it opens the list of its events, each of which opens its country. */
export function EventMarkers({
  activities,
  places,
  onSelect,
}: {
  activities: Activity[];
  places: Place[];
  onSelect: (iso3: string) => void;
}) {
  const { t } = useLocale();
  const text = useText();
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));

  const clusters = useMemo(() => {
    const byPlace = new Map<string, Activity[]>();
    for (const a of activities) {
      if (!a.place) continue;
      const list = byPlace.get(a.place);
      if (list) list.push(a);
      else byPlace.set(a.place, [a]);
    }
    const pts = places
      .filter((p) => byPlace.has(p.id))
      .map((p) => {
        const px = map.project([p.lat, p.lon], zoom);
        return { x: px.x, y: px.y, item: { place: p, events: byPlace.get(p.id) ?? [] } };
      });
    return clusterPoints(pts, SIZE + 4).map((c) => c.map((p) => p.item));
  }, [activities, places, map, zoom]);

  return (
    <>
      {clusters.map((c) => {
        const head = c[0];
        if (!head) return null;
        const n = c.reduce((s, x) => s + x.events.length, 0);
        const name = c.map((x) => text(x.place.name).text).join(', ');
        const label = t('map.marker', { name, n });
        return (
          <Marker key={c.map((x) => x.place.id).join('+')} position={[head.place.lat, head.place.lon]} icon={icon(n)} title={label} alt={label} keyboard>
            <Popup>
              <PopupContent cluster={c} onSelect={onSelect} />
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}
