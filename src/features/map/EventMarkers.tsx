import { divIcon, type LatLngTuple, type LeafletEvent, type Marker as LMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Popup, useMap, useMapEvent } from 'react-leaflet';
import { useQuery } from '@tanstack/react-query';
import { byPlace, type Selection } from '../../domain/selection';
import { clusterPoints } from '../../domain/cluster';
import { byDate } from '../../domain/dates';
import type { Activity, Place } from '../../domain/types';
import { countriesQuery } from '../../data/queries';
import { countryName, formatDate } from '../../i18n/format';
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

function label(marker: LMarker, n: number, name: string, hidden: boolean) {
  const el = marker.getElement();
  if (!el) return;
  const display = hidden ? 'none' : '';
  if (el.style.display !== display) {
    if (hidden) marker.closePopup();
    el.style.display = display;
  }
  // A hidden marker keeps its old words until it is shown again. The count is written into the
  // existing text node: replacing the node (textContent) makes the browser rebuild its layout box.
  if (hidden) return;
  const text = el.firstElementChild?.firstChild;
  if (text instanceof Text) {
    if (text.data !== String(n)) text.data = String(n);
  } else if (el.firstElementChild) el.firstElementChild.textContent = String(n);
  if (el.title !== name) el.title = name;
}

const POPUP_MAX_HEIGHT = 260;

type Cluster = { place: Place; events: Activity[] }[];

/** Same cities with the same events (the activities are the dataset's own objects): a marker whose
 * group did not change skips its render, though the groups are worked out anew on every change. */
function sameCluster(a: Cluster, b: Cluster): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.place === b[i]?.place &&
        x.events.length === b[i].events.length &&
        x.events.every((e, j) => e === b[i]?.events[j]),
    )
  );
}

type MarkerProps = { cluster: Cluster; n: number; name: string; hidden: boolean; onSelect: (iso3: string) => void };
const sameMarker = (a: MarkerProps, b: MarkerProps) =>
  a.n === b.n &&
  a.name === b.name &&
  a.hidden === b.hidden &&
  a.onSelect === b.onSelect &&
  sameCluster(a.cluster, b.cluster);

/** One marker: its element is made once, then its count and name are updated in place, and it is
 * hidden (display none: out of the tab order and the accessibility tree) while its city has no event. */
const EventMarker = memo(function EventMarker(props: MarkerProps) {
  const { cluster, n, name, hidden, onSelect } = props;
  const ref = useRef<LMarker | null>(null);
  // The element exists once the marker is on the map: written on 'add', and again when the figures change.
  const latest = useRef({ n, name, hidden });
  const handlers = useMemo(
    () => ({
      add: (e: LeafletEvent) =>
        label(e.target as LMarker, latest.current.n, latest.current.name, latest.current.hidden),
    }),
    [],
  );
  useEffect(() => {
    latest.current = { n, name, hidden };
    if (ref.current) label(ref.current, n, name, hidden);
  }, [n, name, hidden]);
  const head = cluster[0];
  if (!head) return null;
  return (
    <Marker ref={ref} position={positionOf(head.place)} icon={ICON} keyboard eventHandlers={handlers}>
      {/* A long list scrolls inside the popup instead of running off the top of the map. */}
      <Popup maxHeight={POPUP_MAX_HEIGHT}>
        <PopupContent cluster={cluster} onSelect={onSelect} />
      </Popup>
    </Marker>
  );
}, sameMarker);

/** The events of a marker. A component of its own, so its dates are formatted and sorted only when
 * the popup opens (react-leaflet renders a popup's children then), not for every marker on every change. */
function PopupContent({ cluster, onSelect }: { cluster: Cluster; onSelect: (iso3: string) => void }) {
  const { lang, t } = useLocale();
  const text = useText();
  // A city's square sits on its country, so a click meant for the country can land here: the popup
  // offers the panel of each country its cities are in.
  const countries = useQuery(countriesQuery).data;
  const here = [...new Set(cluster.map((c) => c.place.iso3))].flatMap((iso3) => {
    const p = countries?.features.find((f) => f.properties.iso3 === iso3)?.properties;
    return p ? [{ iso3, name: countryName(p, lang) }] : [];
  });
  return (
    <>
      {here.map(({ iso3, name }) => (
        <button key={iso3} type="button" className="link-button popup-country" onClick={() => onSelect(iso3)}>
          {t('map.openCountry', { name })}
        </button>
      ))}
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

/** One square per city (or per group of cities that would overlap at this zoom) where filtered
 * activities took place or were based: gatherings, and also expert postings and projects with a city.
 * So the square counts activities, not only the headline's dated events, and says so. It opens the
 * list of its activities, each of which opens its country. */
export function EventMarkers({
  selection,
  places,
  onSelect,
}: {
  selection: Selection;
  places: Place[];
  onSelect: (iso3: string) => void;
}) {
  const { t, lang } = useLocale();
  const text = useText();
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));

  // Each city is projected once per zoom level, not on every filter change.
  const projected = useMemo(
    () => new Map(places.map((p) => [p.id, map.project([p.lat, p.lon], zoom)])),
    [places, map, zoom],
  );
  const clusters = useMemo(() => {
    const held = byPlace(selection);
    const pts = places
      .filter((p) => held.has(p.id))
      .map((p) => {
        const px = projected.get(p.id) ?? map.project([p.lat, p.lon], zoom);
        return { x: px.x, y: px.y, item: { place: p, events: held.get(p.id) ?? [] } };
      });
    // A group is drawn at its first city and named after it, so a group that gains or loses a city
    // keeps its marker.
    return clusterPoints(pts, SIZE + 4).map((c) => ({ key: c[0]?.item.place.id ?? '', cluster: c.map((p) => p.item) }));
  }, [selection, places, projected, map, zoom]);

  // A marker whose city drops out of the filters stays on the map, hidden, so that a filter change
  // shows and hides markers instead of adding and removing Leaflet layers. Kept for one zoom level:
  // the groups of cities change with the zoom.
  const [kept, setKept] = useState({
    zoom,
    clusters,
    all: new Map<string, Cluster>(clusters.map((c) => [c.key, c.cluster])),
  });
  if (kept.clusters !== clusters) {
    const all = new Map(kept.zoom === zoom ? kept.all : []);
    for (const c of clusters) all.set(c.key, c.cluster);
    setKept({ zoom, clusters, all });
  }
  const shown = new Set(clusters.map((c) => c.key));
  const hidden = [...kept.all].filter(([key]) => !shown.has(key));

  // One list, so that a marker moving between shown and hidden keeps its place in React (two lists
  // would be two sets of keys: unmounted from one, mounted in the other).
  return (
    <>
      {[
        ...clusters.map(({ key, cluster }) => {
          const n = cluster.reduce((sum, x) => sum + x.events.length, 0);
          // A marker's name is a label, not prose: joined by hand, because the first Intl.ListFormat of a
          // page loads locale data, and markers are drawn during the load.
          const names = cluster.map((x) => text(x.place.name).text).join(lang === 'ja' ? '、' : ', ');
          return (
            <EventMarker
              key={key}
              cluster={cluster}
              n={n}
              name={t('map.marker', { name: names, n })}
              hidden={false}
              onSelect={onSelect}
            />
          );
        }),
        ...hidden.map(([key, cluster]) => (
          <EventMarker key={key} cluster={cluster} n={0} name="" hidden onSelect={onSelect} />
        )),
      ]}
    </>
  );
}
