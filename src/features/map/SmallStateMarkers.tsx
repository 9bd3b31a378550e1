import { Point, type CircleMarker as LCircleMarker, type LatLngExpression, type LatLngTuple, type Path } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker, Polyline, Tooltip, useMap } from 'react-leaflet';
import type { CountryStats } from '../../domain/aggregate';
import type { Measure } from '../../domain/values';
import { placeDots, type Pt } from '../../domain/mapLayout';
import { NO_DATA, type Bin } from '../../domain/scale';
import type { CountryFeature } from '../../domain/types';
import { countryName } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import type { BeforeJoin } from './namedPaths';
import type { TreatyClass } from '../../domain/treatyMap';
import type { Furniture } from './furniture';
import { dotOutline, fillOf, treatyFill } from './look';

export interface SmallState {
  feature: CountryFeature;
  /** [lat, lon] of the country's point */
  point: LatLngTuple;
}

const RADIUS = 7;
const LEADER = { color: '#263238', weight: 1.2 };

interface DotProps {
  iso3: string;
  name: string;
  fill: string;
  selected: boolean;
  /** the country's point */
  point: LatLngTuple;
  /** at this zoom, in Leaflet's pixels: the country's point (ax, ay) and where the dot is drawn (px, py) */
  zoom: number;
  ax: number;
  ay: number;
  px: number;
  py: number;
  onSelect: (iso3: string) => void;
}

// The dot's place and line take plain numbers, so a filter that only recolours the dots leaves the
// circles where they are: react-leaflet moves a circle whenever its centre is a new object.
function useSpot(point: LatLngTuple, zoom: number, ax: number, ay: number, px: number, py: number) {
  const map = useMap();
  return useMemo(() => {
    const d = Math.hypot(px - ax, py - ay);
    const center = map.unproject(new Point(px, py), zoom);
    if (d === 0) return { center, leader: null };
    // The line stops at the dot's rim.
    const rim = new Point(px - ((px - ax) * RADIUS) / d, py - ((py - ay) * RADIUS) / d);
    return { center, leader: [point, map.unproject(rim, zoom)] satisfies LatLngExpression[] };
  }, [map, point, zoom, ax, ay, px, py]);
}

// Plain props and memo: a dot whose colour and place stay is not rendered again.
const StateDot = memo(function StateDot({
  iso3,
  name,
  fill,
  selected,
  point,
  zoom,
  ax,
  ay,
  px,
  py,
  onSelect,
}: DotProps) {
  const ref = useRef<LCircleMarker>(null);
  const { center, leader } = useSpot(point, zoom, ax, ay, px, py);
  // Named before it joins the page (namedPaths.ts); a new name or handler later, once it is on the map
  // (react-leaflet adds it in its own effect, which runs first).
  const [beforeJoin] = useState(() => (layer: Path) => makeAccessible(layer, name, true, () => onSelect(iso3)));
  useEffect(() => {
    if (ref.current) makeAccessible(ref.current, name, true, () => onSelect(iso3));
  }, [name, iso3, onSelect]);
  const look = useMemo(() => ({ fillColor: fill, fillOpacity: 1, ...dotOutline(selected) }), [fill, selected]);
  // The circle is made with its first look (the props below are Leaflet's options when it is created);
  // a later one is set here. Through react-leaflet's pathOptions, every new circle would be drawn in
  // Leaflet's default look and then restyled: a second write of each of its attributes, and with every
  // dot at once when the data arrives, a large share of that task on a phone.
  const [created] = useState(look);
  const applied = useRef(look);
  useEffect(() => {
    if (applied.current === look) return;
    applied.current = look;
    ref.current?.setStyle(look);
  }, [look]);
  const handlers = useMemo(() => ({ click: () => onSelect(iso3) }), [iso3, onSelect]);
  return (
    <>
      {leader && <Polyline positions={leader} {...LEADER} interactive={false} />}
      <CircleMarker
        ref={ref}
        center={center}
        radius={RADIUS}
        {...created}
        {...({ beforeJoin } satisfies BeforeJoin)}
        eventHandlers={handlers}
      >
        <Tooltip direction="top">{name}</Tooltip>
      </CircleMarker>
    </>
  );
});

/**
 * A country too small to see or click at world zoom gets a dot with the same colour and handlers, while
 * it has something to show (or is selected). A dot that a city's square, the key or a button would cover
 * is drawn beside it instead, joined to its place by a line: both stay in sight and clickable.
 */
export interface SmallStatesProps {
  states: SmallState[];
  stats: Map<string, CountryStats>;
  measure: Measure;
  bins: Bin[];
  selected: string | null;
  onSelect: (iso3: string) => void;
  /** on the treaty map, the classes that fill the dots of the countries with activities */
  treaty: Map<string, TreatyClass> | null;
}

export function SmallStateMarkers(
  props: SmallStatesProps & {
    zoom: number;
    /** the countries some filter could give a dot: those in the dataset */
    reachable: ReadonlySet<string>;
    /** where a city's square can stand, at this zoom, in Leaflet's pixels, and a square's half side */
    squares: Pt[];
    half: number;
    /** the key and the buttons over the map, which hide a dot as a square would */
    furniture: Furniture;
  },
) {
  const { states, stats, measure, bins, selected, onSelect, zoom, reachable, squares, half, treaty, furniture } = props;
  const map = useMap();
  const { lang } = useLocale();
  const shown = useMemo(
    () =>
      states.flatMap((s) => {
        const iso3 = s.feature.properties.iso3;
        const fill = fillOf(stats.get(iso3), measure, bins);
        const look = treaty && fill !== null ? treatyFill(treaty.get(iso3)) : fill;
        return look !== null || iso3 === selected ? [{ ...s, iso3, fill: look ?? NO_DATA }] : [];
      }),
    [states, stats, measure, bins, selected, treaty],
  );
  // Laid out over every dot some filter could show (its country is in the data) and the selected one,
  // so a filter change moves no dot: it recolours, shows or hides one.
  const layout = useMemo(() => {
    const dots = states.filter(
      (s) => reachable.has(s.feature.properties.iso3) || s.feature.properties.iso3 === selected,
    );
    const anchors = dots.map((s) => map.project(s.point, zoom));
    const found = placeDots({
      dots: anchors,
      r: RADIUS,
      squares,
      half,
      blocked: furniture.boxes,
      bounds: furniture.bounds ?? undefined,
    });
    return new Map(dots.map((s, i) => [s.feature.properties.iso3, { a: anchors[i] as Pt, p: found[i] as Pt }]));
  }, [states, reachable, selected, squares, half, map, zoom, furniture]);
  return shown.map((s) => {
    const at = layout.get(s.iso3);
    return at ? (
      <StateDot
        key={s.iso3}
        iso3={s.iso3}
        name={countryName(s.feature.properties, lang)}
        fill={s.fill}
        selected={s.iso3 === selected}
        point={s.point}
        zoom={zoom}
        ax={at.a.x}
        ay={at.a.y}
        px={at.p.x}
        py={at.p.y}
        onSelect={onSelect}
      />
    ) : null;
  });
}
