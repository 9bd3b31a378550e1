import { circleMarker, type CircleMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { CountryStats, Measure } from '../../domain/aggregate';
import { NO_DATA, type Bin } from '../../domain/scale';
import type { CountryFeature } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { makeAccessible } from './accessibleLayer';
import { fillOf } from './ChoroplethMap';
import { countryName } from '../../i18n/format';
import { textElement } from '../../ui/dom';

export interface SmallState {
  feature: CountryFeature;
  point: [number, number];
}

interface Dot {
  layer: CircleMarker;
  /** what was last written, so a filter change touches only the dots it changes */
  fill: string;
  selected: boolean;
  shown: boolean;
  name: string;
}

const outline = (selected: boolean) => ({ color: selected ? '#d81b60' : '#263238', weight: selected ? 3 : 1.5 });

/**
 * A country too small to see or click at world zoom gets a dot with the same colour and handlers.
 * The dots are Leaflet layers kept outside React: a dot is made the first time its country has data
 * and is hidden (display none: out of the tab order and the accessibility tree) when it has none, so
 * a filter change writes a few attributes instead of adding and removing layers.
 */
export function SmallStateMarkers(props: {
  states: SmallState[];
  stats: Map<string, CountryStats>;
  measure: Measure;
  bins: Bin[];
  selected: string | null;
  onSelect: (iso3: string) => void;
}) {
  const { states, stats, measure, bins, selected, onSelect } = props;
  const map = useMap();
  const { lang } = useLocale();
  const dots = useRef(new Map<string, Dot>());
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const drawnLang = useRef(lang);
  useEffect(() => {
    // The country shapes are drawn anew when the language changes, on top of the dots: bring them back up.
    if (drawnLang.current !== lang) {
      drawnLang.current = lang;
      for (const dot of dots.current.values()) dot.layer.bringToFront();
    }
    for (const s of states) {
      const p = s.feature.properties;
      const fill = fillOf(stats.get(p.iso3), measure, bins);
      const isSel = selected === p.iso3;
      const shown = fill !== null || isSel;
      const name = countryName(p, lang);
      let dot = dots.current.get(p.iso3);
      if (!dot) {
        if (!shown) continue;
        const layer = circleMarker(s.point, {
          radius: 7,
          fillOpacity: 1,
          fillColor: fill ?? NO_DATA,
          ...outline(isSel),
        });
        const made: Dot = { layer, fill: fill ?? NO_DATA, selected: isSel, shown: true, name };
        layer.bindTooltip(() => textElement('span', made.name), { direction: 'top' });
        layer.on('click', () => onSelectRef.current(p.iso3));
        layer.addTo(map);
        makeAccessible(layer, name, true, () => onSelectRef.current(p.iso3));
        dots.current.set(p.iso3, made);
        continue;
      }
      const el = dot.layer.getElement();
      if (shown !== dot.shown) {
        dot.shown = shown;
        if (!shown) dot.layer.closeTooltip();
        el?.setAttribute('display', shown ? 'inline' : 'none');
      }
      if (!shown) continue;
      const nextFill = fill ?? NO_DATA;
      if (isSel !== dot.selected) {
        dot.selected = isSel;
        dot.fill = nextFill;
        dot.layer.setStyle({ fillColor: nextFill, ...outline(isSel) });
      } else if (nextFill !== dot.fill) {
        // Only the colour changed: one attribute, where setStyle rewrites the whole path.
        dot.fill = nextFill;
        dot.layer.options.fillColor = nextFill;
        el?.setAttribute('fill', nextFill);
      }
      if (name !== dot.name) {
        dot.name = name;
        makeAccessible(dot.layer, name, true, () => onSelectRef.current(p.iso3));
      }
    }
  }, [map, states, stats, measure, bins, selected, lang]);

  useEffect(() => {
    const all = dots.current;
    return () => {
      for (const dot of all.values()) map.removeLayer(dot.layer);
      all.clear();
    };
  }, [map]);

  return null;
}
