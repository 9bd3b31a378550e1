import { Point, type CircleMarker as LCircleMarker, type LatLng, type LatLngTuple } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Polyline, Tooltip, useMap } from 'react-leaflet';
import type { CountryStats } from '../../domain/aggregate';
import type { Measure } from '../../domain/values';
import { placeDots, type Pt } from '../../domain/mapLayout';
import { NO_DATA, type Bin } from '../../domain/scale';
import type { CountryFeature } from '../../domain/types';
import { countryName } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import type { TreatyClass } from '../../domain/treatyMap';
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
  /** where the dot is drawn, and, when that is not the country's own point, the line from that point */
  center: LatLng;
  leader: [LatLngTuple, LatLng] | null;
  onSelect: (iso3: string) => void;
}

function StateDot({ iso3, name, fill, selected, center, leader, onSelect }: DotProps) {
  const ref = useRef<LCircleMarker>(null);
  // The circle is on the map by now (react-leaflet adds it in its own effect, which runs first).
  useEffect(() => {
    if (ref.current) makeAccessible(ref.current, name, true, () => onSelect(iso3));
  }, [name, iso3, onSelect]);
  const look = useMemo(() => ({ fillColor: fill, fillOpacity: 1, ...dotOutline(selected) }), [fill, selected]);
  const handlers = useMemo(() => ({ click: () => onSelect(iso3) }), [iso3, onSelect]);
  return (
    <>
      {leader && <Polyline positions={leader} pathOptions={LEADER} interactive={false} />}
      <CircleMarker ref={ref} center={center} radius={RADIUS} pathOptions={look} eventHandlers={handlers}>
        <Tooltip direction="top">{name}</Tooltip>
      </CircleMarker>
    </>
  );
}

/**
 * A country too small to see or click at world zoom gets a dot with the same colour and handlers, while
 * it has something to show (or is selected). A dot that a city's square would cover is drawn beside it
 * instead, joined to its place by a line: both stay in sight and clickable.
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
    /** the city squares' centres at this zoom, in Leaflet's pixels, and their half side */
    squares: Pt[];
    half: number;
  },
) {
  const { states, stats, measure, bins, selected, onSelect, zoom, squares, half, treaty } = props;
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
  const placed = useMemo(() => {
    const anchors = shown.map((s) => map.project(s.point, zoom));
    const spots = placeDots({ dots: anchors, r: RADIUS, squares, half });
    return shown.map((s, i) => {
      const a = anchors[i] as Point;
      const p = spots[i] ?? a;
      const d = Math.hypot(p.x - a.x, p.y - a.y);
      const center = map.unproject(new Point(p.x, p.y), zoom);
      if (d === 0) return { ...s, center, leader: null };
      // The line stops at the dot's rim.
      const rim = new Point(p.x - ((p.x - a.x) * RADIUS) / d, p.y - ((p.y - a.y) * RADIUS) / d);
      return { ...s, center, leader: [s.point, map.unproject(rim, zoom)] as DotProps['leader'] };
    });
  }, [shown, squares, half, map, zoom]);
  return placed.map((s) => (
    <StateDot
      key={s.iso3}
      iso3={s.iso3}
      name={countryName(s.feature.properties, lang)}
      fill={s.fill}
      selected={s.iso3 === selected}
      center={s.center}
      leader={s.leader}
      onSelect={onSelect}
    />
  ));
}
