import type { CircleMarker as LCircleMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { measureValue, type CountryStats, type Measure } from '../../domain/aggregate';
import { colourFor, NO_DATA, type Bin } from '../../domain/scale';
import type { CountryFeature } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import { HATCH_ID } from './ChoroplethMap';

export interface SmallState {
  feature: CountryFeature;
  point: [number, number];
}

/** The dot's fill, or null when the country has nothing under the current filters. */
function fillOf(stats: CountryStats | undefined, measure: Measure, bins: Bin[]): string | null {
  const v = measureValue(stats, measure);
  if (v !== null) return colourFor(v, bins);
  return (stats?.via ?? 0) > 0 ? `url(#${HATCH_ID})` : null;
}

/** A country too small to see or click at world zoom gets a dot with the same colour and handlers.
 * Memoised on plain values, with stable options: react-leaflet restyles and rebinds a marker whenever
 * its option objects are new, and a filter change usually leaves most of the 104 dots as they were. */
const SmallStateMarker = memo(function SmallStateMarker(props: {
  state: SmallState;
  fill: string | null;
  selected: boolean;
  onSelect: (iso3: string) => void;
}) {
  const { lang } = useLocale();
  const ref = useRef<LCircleMarker | null>(null);
  const { state, fill, selected, onSelect } = props;
  const p = state.feature.properties;
  const name = lang === 'ja' ? p.name_ja : p.name_en;
  const hasData = fill !== null;
  useEffect(() => {
    if (ref.current) makeAccessible(ref.current, name, hasData, () => onSelect(p.iso3));
  }, [name, hasData, onSelect, p.iso3]);
  const pathOptions = useMemo(
    () => ({ fillColor: fill ?? NO_DATA, fillOpacity: 1, color: selected ? '#d81b60' : '#263238', weight: selected ? 3 : 1.5 }),
    [fill, selected],
  );
  const eventHandlers = useMemo(() => ({ click: () => onSelect(p.iso3) }), [onSelect, p.iso3]);
  if (!hasData && !selected) return null;
  return (
    <CircleMarker ref={ref} center={state.point} radius={7} pathOptions={pathOptions} eventHandlers={eventHandlers}>
      <Tooltip direction="top">{name}</Tooltip>
    </CircleMarker>
  );
});

export function SmallStateMarkers(props: {
  states: SmallState[];
  stats: Map<string, CountryStats>;
  measure: Measure;
  bins: Bin[];
  selected: string | null;
  onSelect: (iso3: string) => void;
}) {
  return (
    <>
      {props.states.map((s) => (
        <SmallStateMarker
          key={s.feature.properties.iso3}
          state={s}
          fill={fillOf(props.stats.get(s.feature.properties.iso3), props.measure, props.bins)}
          selected={props.selected === s.feature.properties.iso3}
          onSelect={props.onSelect}
        />
      ))}
    </>
  );
}
