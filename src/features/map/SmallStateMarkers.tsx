import type { CircleMarker as LCircleMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { measureValue, type CountryStats, type Measure } from '../../domain/aggregate';
import { colourFor, type Bin } from '../../domain/scale';
import type { CountryFeature } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import { HATCH_ID } from './ChoroplethMap';

export interface SmallState {
  feature: CountryFeature;
  point: [number, number];
}

/** A country too small to see or click at world zoom gets a dot with the same colour and handlers. */
function SmallStateMarker(props: {
  state: SmallState;
  stats: CountryStats | undefined;
  measure: Measure;
  bins: Bin[];
  selected: boolean;
  onSelect: (iso3: string) => void;
}) {
  const { lang } = useLocale();
  const ref = useRef<LCircleMarker | null>(null);
  const p = props.state.feature.properties;
  const name = lang === 'ja' ? p.name_ja : p.name_en;
  const v = measureValue(props.stats, props.measure);
  const viaOnly = v === null && (props.stats?.via ?? 0) > 0;
  const hasData = v !== null || viaOnly;
  const { onSelect } = props;
  useEffect(() => {
    if (ref.current) makeAccessible(ref.current, name, hasData, () => onSelect(p.iso3));
  }, [name, hasData, onSelect, p.iso3]);
  if (!hasData && !props.selected) return null;
  return (
    <CircleMarker
      ref={ref}
      center={props.state.point}
      radius={7}
      pathOptions={{
        fillColor: viaOnly ? `url(#${HATCH_ID})` : colourFor(v, props.bins),
        fillOpacity: 1,
        color: props.selected ? '#d81b60' : '#263238',
        weight: props.selected ? 3 : 1.5,
      }}
      eventHandlers={{ click: () => onSelect(p.iso3) }}
    >
      <Tooltip direction="top">{name}</Tooltip>
    </CircleMarker>
  );
}

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
          stats={props.stats.get(s.feature.properties.iso3)}
          measure={props.measure}
          bins={props.bins}
          selected={props.selected === s.feature.properties.iso3}
          onSelect={props.onSelect}
        />
      ))}
    </>
  );
}
