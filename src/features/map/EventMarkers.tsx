import { divIcon, type LatLngTuple, type LeafletEvent, type Marker as LMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Popup, useMap, useMapEvent } from 'react-leaflet';
import { clusterPoints } from '../../domain/cluster';
import { byDate } from '../../domain/dates';
import type { Activity, Place } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';

const SIZE = 24;
// One icon for every marker; each marker writes its own count and name into its element. A new icon
// (a count that changed) would make Leaflet replace the marker's element, listeners and all.
const ICON = divIcon({ className: 'event-marker', html: '<span aria-hidden="true"></span>', iconSize: [SIZE, SIZE] });
// The same position array for a place on every render: react-leaflet moves a marker whose position
// prop is a new array.
const positions = new Map<string, LatLngTuple>();
function positionOf(p: Place): LatLngTuple {
  let pos = positions.get(p.id);
  if (!pos) positions.set(p.id, (pos = [p.lat, p.lon]));
  return pos;
}

function label(marker: LMarker, n: number, name: string) {
  const el = marker.getElement();
  if (!el) return;
  const span = el.firstElementChild;
  if (span && span.textContent !== String(n)) span.textContent = String(n);
  if (el.title !== name) el.title = name;
}

type Cluster = { place: Place; events: Activity[] }[];

/** One marker: its element is made once, then its count and name are updated in place. */
const EventMarker = memo(function EventMarker({ cluster, n, name, onSelect }: { cluster: Cluster; n: number; name: string; onSelect: (iso3: string) => void }) {
  const ref = useRef<LMarker | null>(null);
  // The element exists once the marker is on the map: written on 'add', and again when the figures change.
  const latest = useRef({ n, name });
  const handlers = useMemo(() => ({ add: (e: LeafletEvent) => label(e.target as LMarker, latest.current.n, latest.current.name) }), []);
  useEffect(() => {
    latest.current = { n, name };
    if (ref.current) label(ref.current, n, name);
  }, [n, name]);
  const head = cluster[0];
  if (!head) return null;
  return (
    <Marker ref={ref} position={positionOf(head.place)} icon={ICON} keyboard eventHandlers={handlers}>
      <Popup>
        <PopupContent cluster={cluster} onSelect={onSelect} />
      </Popup>
    </Marker>
  );
});

/** The events of a marker. A component of its own, so its dates are formatted and sorted only when
 * the popup opens (react-leaflet renders a popup's children then), not for every marker on every change. */
function PopupContent({ cluster, onSelect }: { cluster: Cluster; onSelect: (iso3: string) => void }) {
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
        const n = c.reduce((sum, x) => sum + x.events.length, 0);
        const names = c.map((x) => text(x.place.name).text).join(', ');
        return <EventMarker key={c.map((x) => x.place.id).join('+')} cluster={c} n={n} name={t('map.marker', { name: names, n })} onSelect={onSelect} />;
      })}
    </>
  );
}
