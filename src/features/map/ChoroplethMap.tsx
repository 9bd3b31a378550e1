import 'leaflet/dist/leaflet.css';
import type { Map as LMap } from 'leaflet';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { MapContainer, useMapEvents, ZoomControl } from 'react-leaflet';
import type { Box } from '../../domain/geometry';
import { useLocale } from '../../i18n/LocaleContext';
import { CountryShapes, type ShapesProps } from './CountryShapes';
import { EqualEarthCRS } from './crs';
import { useExportEntry, type ExportLegendItem } from '../../ui/exportRegistry';
import { HATCH_ID, TIE_ID, TREATY_HATCH_ID } from './look';
import { TREATY_FILL } from '../../domain/scale';
import { MapCamera, type Focus } from './MapCamera';
import { createMapMotion, type MapMotion } from './mapMotion';
import { ResetControl } from './ResetControl';
import { namingSvg } from './namedPaths';

export interface MapProps extends ShapesProps {
  /** the projected box of all the shapes */
  world: Box;
  focus: Focus;
  /** the key as data, for the map's exports (Legend's mapLegend, or TreatyLegend's treatyLegend) */
  legend: { title: string; items: ExportLegendItem[] };
  children?: ReactNode;
}

/** The world in Equal Earth, without tiles: the country shapes, the camera and whatever markers go on top. */
export function ChoroplethMap({ world, focus, legend, children, ...shapes }: MapProps) {
  const { lang, t } = useLocale();
  const [reset, setReset] = useState(0);
  const onReset = useCallback(() => setReset((n) => n + 1), []);
  // The map joins the export registry: the countries' SVG as drawn, framed by the map's window.
  const mapRef = useRef<LMap | null>(null);
  const [motion] = useState(createMapMotion);
  const [renderer] = useState(namingSvg);
  useExportEntry({ kind: 'map', title: t('map.title') }, () => {
    const svg = mapRef.current?.getPanes().overlayPane.querySelector('svg') ?? null;
    return {
      legendTitle: legend.title,
      legend: legend.items,
      credit: t('map.attribution'),
      frame: mapRef.current?.getContainer(),
      picture: async () => (svg ? { svg } : null),
      settled: motion.settled,
    };
  });
  return (
    <>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e3edf7" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#2c7fb8" strokeWidth="2" />
          </pattern>
          <pattern
            id={TREATY_HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={TREATY_FILL['via-regional-body']} strokeWidth="3" />
          </pattern>
          {/* Two or more programmes tie: dark grey stripes the other way, in no programme's colour. */}
          <pattern id={TIE_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#4f5b66" strokeWidth="2.5" />
          </pattern>
        </defs>
      </svg>
      {/* No view here: MapCamera sets the first one once the map knows its size. Zoom levels are not
          snapped, so that the world fills the frame whatever its size. */}
      <MapContainer
        ref={mapRef}
        className="atlas-map"
        crs={EqualEarthCRS}
        renderer={renderer}
        maxZoom={6}
        zoomSnap={0}
        zoomDelta={0.5}
        zoomControl={false}
        attributionControl={false}
        keyboard
      >
        <CountryShapes {...shapes} />
        {/* Before the camera, so that it hears the first view being set. */}
        <MotionWatch motion={motion} />
        <MapCamera world={world} focus={focus} resetSignal={reset} keyKind={shapes.treaty ? 'treaty' : 'activities'} />
        {/* Leaflet's buttons are named in the UI's language; made anew when it changes. */}
        <ZoomControl key={lang} position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <ResetControl label={t('map.reset')} onReset={onReset} />
        {children}
      </MapContainer>
    </>
  );
}

function MotionWatch({ motion }: { motion: MapMotion }) {
  useMapEvents(motion.handlers);
  return null;
}
