import type { Feature } from 'geojson';
import type { GeoJSON as LGeoJSON, Layer, LeafletEvent, Path, PathOptions, Tooltip } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { CountryStats } from '../../domain/aggregate';
import type { Measure } from '../../domain/values';
import { NO_DATA, type Bin } from '../../domain/scale';
import type { Countries, CountryProps } from '../../domain/types';
import { countryName } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import type { BeforeJoin } from './namedPaths';
import type { TreatyClass } from '../../domain/treatyMap';
import { fillOf, OUTLINES, treatyFill } from './look';
import { countryTooltip } from './tooltip';

export interface ShapesProps {
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
  /** on the treaty map, each country's membership class (fills), the activities only outline; else null */
  treaty: Map<string, TreatyClass> | null;
  /** on the treaty map, a country's status in the key's words (its tooltip's first line); else null */
  treatyWords?: ((iso3: string) => string) | null;
}

const propsOf = (layer: unknown) => (layer as { feature: Feature }).feature.properties as CountryProps;
const TOOLTIP = { sticky: true, direction: 'top' } as const;

/** Every country as one Leaflet GeoJSON layer: coloured by a style function through Leaflet's setStyle,
 * named and put in the tab order by makeAccessible, with a tooltip built from the latest figures when it
 * opens. */
export function CountryShapes(props: ShapesProps) {
  const { countries, stats, measure, bins, selected, outlined, small, programmeName, onSelect, treaty } = props;
  const treatyWords = props.treatyWords ?? null;
  const { lang, t } = useLocale();
  const ref = useRef<LGeoJSON | null>(null);

  const style = useCallback(
    (feature?: Feature): PathOptions => {
      const iso3 = (feature?.properties as CountryProps | undefined)?.iso3 ?? '';
      const reached = treaty !== null && (stats.get(iso3)?.direct ?? 0) > 0;
      const outline = iso3 === selected ? 'selected' : outlined.has(iso3) ? 'outlined' : reached ? 'reached' : 'plain';
      const fillColor = treaty ? treatyFill(treaty.get(iso3)) : (fillOf(stats.get(iso3), measure, bins) ?? NO_DATA);
      return { className: 'country-shape', fillColor, fillOpacity: 1, ...OUTLINES[outline] };
    },
    [stats, measure, bins, selected, outlined, treaty],
  );
  // The first drawing takes the style function; after that, only the shapes whose look changed get
  // Leaflet's setStyle. (A new style prop would make react-leaflet restyle all 235 shapes on every filter
  // change: measurably more main-thread time per change than restyling the few that changed.)
  const [firstStyle] = useState(() => style);
  const applied = useRef(new WeakMap<Layer, string>());
  useEffect(() => {
    ref.current?.eachLayer((layer) => {
      const look = style((layer as Layer & { feature: Feature }).feature);
      const key = `${look.fillColor} ${look.color} ${look.weight} ${look.dashArray}`;
      if (applied.current.get(layer) === key) return;
      applied.current.set(layer, key);
      (layer as Path).setStyle(look);
    });
  }, [style]);

  // Names and tab stops: on the paths already on the page when the figures or the language change, and on
  // a path about to join the page, with the latest of them, before it is inserted (namedPaths.ts).
  const name = useCallback(
    (layer: Layer) => {
      const p = propsOf(layer);
      const s = stats.get(p.iso3);
      const focusable = (s?.direct ?? 0) + (s?.via ?? 0) > 0 && !small.has(p.iso3);
      makeAccessible(layer as Path, countryName(p, lang), focusable, () => onSelect(p.iso3));
    },
    [stats, lang, small, onSelect],
  );
  const latest = useRef(name);
  useEffect(() => {
    latest.current = name;
    ref.current?.eachLayer(name);
  }, [name]);
  const [beforeJoin] = useState(() => (layer: Path) => latest.current(layer));

  const handlers = useMemo(
    () => ({
      click: (e: LeafletEvent) => onSelect(propsOf(e.propagatedFrom).iso3),
      tooltipopen: (e: LeafletEvent & { tooltip: Tooltip }) => {
        const p = propsOf(e.propagatedFrom);
        e.tooltip.setContent(
          countryTooltip(countryName(p, lang), stats.get(p.iso3), programmeName, t, {
            treaty: treatyWords?.(p.iso3),
            byProgramme: measure === 'programmes',
          }) satisfies HTMLElement,
        );
      },
    }),
    [onSelect, stats, lang, programmeName, t, treatyWords, measure],
  );
  // Each shape gets an empty tooltip of its own; its words are written when it opens (above).
  const bind = useCallback((_f: Feature, layer: Path) => layer.bindTooltip('', TOOLTIP), []);

  return (
    <GeoJSON
      ref={ref}
      data={countries as GeoJSON.FeatureCollection}
      style={firstStyle}
      onEachFeature={bind}
      eventHandlers={handlers}
      {...({ beforeJoin } satisfies BeforeJoin)}
    />
  );
}
