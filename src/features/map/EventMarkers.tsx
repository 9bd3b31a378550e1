import { divIcon, type LatLngTuple } from 'leaflet';
import { memo, useMemo, useState } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { Place } from '../../domain/types';
import { textElement } from '../../ui/dom';
import { CityPopup, type CityItems } from './CityPopup';

/** Side of a city's square, in pixels. */
export const MARKER_SIZE = 24;
const POPUP_MAX_HEIGHT = 260;

export interface CityCluster {
  /** the first city's place id: a group that gains or loses a city keeps its marker */
  key: string;
  at: Place;
  items: CityItems;
  /** how many activities its list shows */
  n: number;
  /** "Activities in Yaoundé: 8", the marker's accessible name and hover title */
  label: string;
  /** the countries its cities are in, named */
  countries: { iso3: string; name: string }[];
}

/** The square's content: the count for the eye, the label for a screen reader and for the pointer. */
function iconOf(n: number, label: string) {
  const count = textElement('span', String(n));
  count.setAttribute('aria-hidden', 'true');
  const content = document.createElement('span');
  content.className = 'event-marker-body';
  content.title = label;
  content.append(count, textElement('span', label, 'visually-hidden'));
  return divIcon({ className: 'event-marker', html: content, iconSize: [MARKER_SIZE, MARKER_SIZE] });
}

const POPUP_OFFSET: [number, number] = [0, 7 - MARKER_SIZE / 2];

interface CityMarkerProps {
  id: string;
  lat: number;
  lon: number;
  n: number;
  label: string;
  onOpen: (key: string) => void;
}

// Plain props and memo: a filter change that leaves a square's count alone does not touch its marker.
const CityMarker = memo(function CityMarker({ id, lat, lon, n, label, onOpen }: CityMarkerProps) {
  // A new icon for a new count: Leaflet fills the marker's existing element with its content.
  const icon = useMemo(() => iconOf(n, label), [n, label]);
  const position = useMemo<LatLngTuple>(() => [lat, lon], [lat, lon]);
  const handlers = useMemo(() => ({ click: () => onOpen(id) }), [id, onOpen]);
  return <Marker position={position} icon={icon} keyboard eventHandlers={handlers} />;
});

/** One square per city (or per group of cities that would overlap at this zoom) where filtered
 * activities took place or were based: gatherings, and also expert postings and projects with a city.
 * So the square counts activities, not only the headline's dated events, and says so. It opens the
 * list of its activities, each of which opens its country: one popup for the square that was clicked,
 * which closes when the filters leave that square empty. */
export function EventMarkers({
  clusters,
  covered,
  onSelect,
}: {
  clusters: CityCluster[];
  /** the squares under the key or a button, left out but for the one whose list is open */
  covered: Set<string>;
  onSelect: (iso3: string) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const shown = clusters.find((c) => c.key === open);
  const closed = useMemo(() => ({ remove: () => setOpen(null) }), []);
  // The same array while the popup is open: react-leaflet removes and adds a popup whose position is a
  // new array, and its removal closes the list (the squares render again whenever the view moves).
  const at = shown?.at;
  const position = useMemo<LatLngTuple | null>(() => (at ? [at.lat, at.lon] : null), [at]);
  // The same content too: react-leaflet has Leaflet lay the popup out again on new children, and that
  // scrolls the list back to its top (a move of the view would lose the reader's place in it).
  const items = shown?.items;
  const countries = shown?.countries;
  const list = useMemo(
    () => items && countries && <CityPopup items={items} countries={countries} onSelect={onSelect} />,
    [items, countries, onSelect],
  );
  return (
    <>
      {clusters.map((c) =>
        covered.has(c.key) && c.key !== open ? null : (
          <CityMarker key={c.key} id={c.key} lat={c.at.lat} lon={c.at.lon} n={c.n} label={c.label} onOpen={setOpen} />
        ),
      )}
      {shown && position && (
        // A long list scrolls inside the popup instead of running off the top of the map.
        <Popup
          key={shown.key}
          position={position}
          offset={POPUP_OFFSET}
          maxHeight={POPUP_MAX_HEIGHT}
          eventHandlers={closed}
        >
          {list}
        </Popup>
      )}
    </>
  );
}
