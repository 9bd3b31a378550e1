import 'leaflet/dist/leaflet.css';
import type { Feature } from 'geojson';
import type { GeoJSON as LGeoJSON, Layer, Map as LMap, Path, PathOptions } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer } from 'react-leaflet';
import type { CountryStats, Measure } from '../../domain/aggregate';
import { measureValue } from '../../domain/aggregate';
import { colourFor, NO_DATA, type Bin } from '../../domain/scale';
import type { Countries, CountryProps } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import { MapCamera, WORLD } from './MapCamera';
import type { LatLngBoundsExpression } from 'leaflet';
import { countryTooltip } from './tooltip';
import type { ReactNode } from 'react';
import { countryName } from '../../i18n/format';
import { useExportEntry } from '../../ui/exportRegistry';
import { HATCH_ID, mapLegend } from './Legend';

export interface MapProps {
  countries: Countries;
  stats: Map<string, CountryStats>;
  measure: Measure;
  bins: Bin[];
  selected: string | null;
  /** members of the chosen regional body, outlined */
  outlined: Set<string>;
  /** countries drawn with a marker as well: their polygon stays out of the tab order */
  small: Set<string>;
  programmeName: (id: string) => string;
  onSelect: (iso3: string) => void;
  target: LatLngBoundsExpression | null;
  resetSignal: number;
  children?: ReactNode;
}

export { HATCH_ID };

/** A country's fill under the current figures (hatched when only a regional body reached it), or null
 * when it has nothing: the shapes draw that as "no activity", the small states' dots are hidden. */
export function fillOf(stats: CountryStats | undefined, measure: Measure, bins: Bin[]): string | null {
  const v = measureValue(stats, measure);
  if (v !== null) return colourFor(v, bins);
  return (stats?.via ?? 0) > 0 ? `url(#${HATCH_ID})` : null;
}

type Outline = 'selected' | 'outlined' | 'plain';
// The selected country, members of the chosen regional body (dashed: not colour alone), the rest.
const OUTLINES: Record<Outline, PathOptions> = {
  selected: { color: '#d81b60', weight: 2.5, dashArray: undefined },
  outlined: { color: '#1a1a1a', weight: 1.6, dashArray: '4 2' },
  plain: { color: '#8a939b', weight: 0.5, dashArray: undefined },
};

export function ChoroplethMap(props: MapProps) {
  const { countries, stats, measure, bins, selected, outlined, small, onSelect, programmeName } = props;
  const { lang, t } = useLocale();
  const layerRef = useRef<LGeoJSON | null>(null);
  const appliedStyles = useRef(new WeakMap<Layer, { fill: string; outline: Outline }>());
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // The style of each country for the current figures. Given to <GeoJSON> for the first drawing only:
  // afterwards the effect below restyles just the paths whose style changed, because restyling all 235
  // (what a new `style` prop does) costs a repaint of every path on each filter change. The fill and the
  // outline are worked out apart: on a filter change, comparing them needs no style object per path.
  const look = useMemo(() => {
    const fill = (iso3: string) => fillOf(stats.get(iso3), measure, bins) ?? NO_DATA;
    const outline = (iso3: string): Outline =>
      iso3 === selected ? 'selected' : outlined.has(iso3) ? 'outlined' : 'plain';
    const style = (feature?: Feature): PathOptions => {
      const iso3 = (feature?.properties as CountryProps | undefined)?.iso3 ?? '';
      return { fillColor: fill(iso3), fillOpacity: 1, ...OUTLINES[outline(iso3)] };
    };
    return { fill, outline, style };
  }, [stats, measure, bins, selected, outlined]);

  // Names and tab order follow the filters without rebuilding 235 paths. A path only has an element
  // once it is on the map, so new paths are decorated on 'add', and all of them are checked on every
  // change: only those whose name or tab stop changed are written.
  const decorated = useRef(new WeakMap<Layer, string>());
  const decorate = useCallback(
    (layer: Layer) => {
      const p = (layer as Layer & { feature: Feature }).feature.properties as CountryProps;
      const s = stats.get(p.iso3);
      const name = countryName(p, lang);
      const focusable = (s?.direct ?? 0) + (s?.via ?? 0) > 0 && !small.has(p.iso3);
      const key = `${focusable ? 1 : 0}${name}`;
      const el = (layer as Path).getElement();
      if (!el || decorated.current.get(layer) === key) return;
      decorated.current.set(layer, key);
      makeAccessible(layer as Path, name, focusable, () => onSelectRef.current(p.iso3));
    },
    [stats, lang, small],
  );
  // Tooltips are built when one opens, from the latest figures: not 235 of them on every filter change.
  const tooltip = useCallback(
    (layer: Layer) => {
      const p = (layer as Layer & { feature: Feature }).feature.properties as CountryProps;
      return countryTooltip(countryName(p, lang), stats.get(p.iso3), programmeName, t);
    },
    [stats, lang, programmeName, t],
  );
  const lookRef = useRef(look);
  useEffect(() => {
    lookRef.current = look;
    const applied = appliedStyles.current;
    layerRef.current?.eachLayer((layer) => {
      const iso3 = ((layer as Layer & { feature: Feature }).feature.properties as CountryProps).iso3;
      const fill = look.fill(iso3);
      const outline = look.outline(iso3);
      const was = applied.get(layer);
      if (was && was.fill === fill && was.outline === outline) return;
      const el = (layer as Path).getElement();
      if (was?.outline === outline && el) {
        // Most changes recolour a country and nothing else: one attribute, where Leaflet's setStyle
        // writes eight (each a style invalidation of the path).
        (layer as Path).options.fillColor = fill;
        el.setAttribute('fill', fill);
      } else (layer as Path).setStyle({ fillColor: fill, fillOpacity: 1, ...OUTLINES[outline] });
      applied.set(layer, { fill, outline });
    });
  }, [look]);
  const initialStyle = useCallback((f?: Feature) => lookRef.current.style(f), []);
  // The map joins the export registry: the countries' SVG as drawn, framed by the map's window.
  const mapRef = useRef<LMap | null>(null);
  useExportEntry({ kind: 'map', title: t('map.title') }, () => {
    const legend = mapLegend(bins, measure, t, lang);
    const path = (layerRef.current?.getLayers()[0] as Path | undefined)?.getElement() as SVGElement | undefined;
    const svg = path?.ownerSVGElement;
    return {
      legendTitle: legend.title,
      legend: legend.items,
      credit: t('map.attribution'),
      frame: mapRef.current?.getContainer(),
      picture: async () => (svg ? { svg } : null),
    };
  });
  const decorateRef = useRef(decorate);
  const tooltipRef = useRef(tooltip);
  useEffect(() => {
    decorateRef.current = decorate;
    layerRef.current?.eachLayer(decorate);
  }, [decorate]);
  useEffect(() => {
    tooltipRef.current = tooltip;
  }, [tooltip]);

  const onEachFeature = (_feature: Feature, layer: Layer) => {
    layer.bindTooltip(() => tooltipRef.current(layer) satisfies HTMLElement, { sticky: true, direction: 'top' });
    layer.on({
      click: () =>
        onSelectRef.current(((layer as Layer & { feature: Feature }).feature.properties as CountryProps).iso3),
      add: () => {
        // Drawn with the current look (initialStyle): recorded, so that the next change restyles only
        // what differs from it, not all 235 shapes.
        const iso3 = ((layer as Layer & { feature: Feature }).feature.properties as CountryProps).iso3;
        appliedStyles.current.set(layer, { fill: lookRef.current.fill(iso3), outline: lookRef.current.outline(iso3) });
        decorateRef.current(layer);
        const el = (layer as Path).getElement();
        el?.addEventListener('focus', () => layer.openTooltip());
        el?.addEventListener('blur', () => layer.closeTooltip());
      },
    });
  };

  return (
    <>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e3edf7" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#2c7fb8" strokeWidth="2" />
          </pattern>
        </defs>
      </svg>
      <MapContainer
        ref={mapRef}
        className="atlas-map"
        bounds={WORLD}
        minZoom={0.5}
        maxZoom={6}
        zoomSnap={0.25}
        zoomDelta={0.5}
        worldCopyJump={false}
        maxBounds={[
          [-75, -220],
          [88, 220],
        ]}
        attributionControl={false}
        keyboard
      >
        <GeoJSON
          key={lang}
          ref={layerRef}
          data={countries as GeoJSON.FeatureCollection}
          style={initialStyle}
          onEachFeature={onEachFeature}
        />
        <MapCamera target={props.target} resetSignal={props.resetSignal} />
        {props.children}
      </MapContainer>
    </>
  );
}
