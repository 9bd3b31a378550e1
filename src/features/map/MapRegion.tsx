import { useQuery } from '@tanstack/react-query';
import type { LatLngBoundsExpression } from 'leaflet';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { measureValue } from '../../domain/aggregate';
import { MEASURES, type Measure } from '../../domain/values';
import { membersOf } from '../../domain/groups';
import { isSmall, largestPolygonBounds, markerPoint, SMALL_STATE_DEG2 } from '../../domain/geometry';
import { makeBins } from '../../domain/scale';
import type { CountryProps } from '../../domain/types';
import { countriesQuery } from '../../data/queries';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorState } from '../../ui/ErrorState';
import { ChoroplethMap } from './ChoroplethMap';
import { WORLD } from './MapCamera';
import { CountrySearch } from './CountrySearch';
import { CountryTable } from './CountryTable';
import { EventMarkers } from './EventMarkers';
import { Legend } from './Legend';
import { SmallStateMarkers } from './SmallStateMarkers';
import { jumpTo } from '../../ui/jumpTo';

const NONE: CountryProps[] = [];

/**
 * `follow`: the camera shows whatever country the view names, and the world when it names none (a
 * briefing slide). Otherwise it moves when a country is chosen from the table or the search, or named
 * by the link the page was opened with; a click on the map itself leaves the camera where it is.
 */
export function MapRegion({
  d,
  onSelect,
  follow = false,
}: {
  d: Dashboard;
  onSelect: (iso3: string) => void;
  follow?: boolean;
}) {
  const { t } = useLocale();
  const text = useText();
  const q = useQuery(countriesQuery);
  // The query store updates synchronously, and drawing 235 shapes (React, then Leaflet) is one of the
  // longest tasks of a load: as a deferred value, the render that brings the shapes in can be split up.
  const countries = useDeferredValue(q.data);
  const [target, setTarget] = useState<LatLngBoundsExpression | null>(null);
  const [reset, setReset] = useState(0);
  const [showEvents, setShowEvents] = useState(true);
  const measure = d.state.measure;

  const geo = useMemo(() => {
    if (!countries) return null;
    const features = countries.features;
    const small = features.filter((f) => isSmall(f.geometry, SMALL_STATE_DEG2));
    return {
      names: new Map<string, CountryProps>(features.map((f) => [f.properties.iso3, f.properties])),
      list: features.map((f) => f.properties),
      small: small.map((f) => ({ feature: f, point: markerPoint(f.geometry) })),
      smallSet: new Set(small.map((f) => f.properties.iso3)),
      byIso: new Map(features.map((f) => [f.properties.iso3, f])),
    };
  }, [countries]);
  const bins = useMemo(
    () =>
      makeBins(
        [...d.stats.values()].map((s) => measureValue(s, measure)).filter((v): v is number => v !== null),
        measure,
      ),
    [d.stats, measure],
  );
  const outlined = useMemo(() => {
    const g = d.data.groups.find((x) => x.id === d.filters.group && x.kind === 'regional-body');
    return g ? membersOf(d.data.groups, g.id) : new Set<string>();
  }, [d.data.groups, d.filters.group]);
  const programmeName = useCallback(
    (id: string) => {
      const p = d.data.programmes.find((x) => x.id === id);
      return p ? text(p.name).text : id;
    },
    [d.data.programmes, text],
  );
  const boundsOf = useCallback(
    (iso3: string | null) => {
      const f = iso3 ? geo?.byIso.get(iso3) : undefined;
      return f ? largestPolygonBounds(f.geometry) : null;
    },
    [geo],
  );
  // A link that names a country opens on it: once, when the shapes have arrived.
  const [opened, setOpened] = useState(false);
  if (!opened && geo) {
    setOpened(true);
    if (!follow && d.state.country) setTarget(boundsOf(d.state.country));
  }
  const followed = useMemo(
    () => (follow && geo ? (boundsOf(d.state.country) ?? WORLD) : null),
    [follow, geo, boundsOf, d.state.country],
  );
  const pick = useCallback(
    (iso3: string) => {
      const b = boundsOf(iso3);
      if (b) setTarget(b);
      onSelect(iso3);
    },
    [boundsOf, onSelect],
  );

  return (
    <section className="map-region" aria-labelledby="map-title">
      <div className="map-toolbar">
        <h2 id="map-title" tabIndex={-1}>
          {t('map.title')}
        </h2>
        {/* Below 1100 px the filters follow the map and the charts, far down the page. */}
        <button type="button" className="narrow-only" onClick={() => jumpTo('filters-title')}>
          {t('map.toFilters')}
        </button>
        <label>
          {t('map.measure')}{' '}
          <select value={measure} onChange={(e) => d.navigate({ measure: e.target.value as Measure })}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`map.measure.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <CountrySearch countries={geo?.list ?? NONE} onPick={pick} />
        <Checkbox className="inline" checked={showEvents} onChange={setShowEvents} label={t('map.showCities')} />
        <button type="button" onClick={() => setReset((n) => n + 1)}>
          {t('map.reset')}
        </button>
      </div>
      <div className="map-frame" id="map">
        {/* Every country shape is a tab stop (235 of them): keyboard users can go straight to the same
            countries as a table instead. Shown when focused. */}
        {!follow && (
          <button type="button" className="skip-inline" onClick={() => jumpTo('country-table-summary')}>
            {t('map.skipShapes')}
          </button>
        )}
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : !countries || !geo ? (
          <p className="placeholder">{t('app.loadingMap')}</p>
        ) : (
          <ChoroplethMap
            countries={countries}
            stats={d.stats}
            measure={measure}
            bins={bins}
            selected={d.state.country}
            outlined={outlined}
            small={geo.smallSet}
            programmeName={programmeName}
            onSelect={onSelect}
            target={follow ? followed : target}
            resetSignal={reset}
          >
            <SmallStateMarkers
              states={geo.small}
              stats={d.stats}
              measure={measure}
              bins={bins}
              selected={d.state.country}
              onSelect={onSelect}
            />
            {showEvents && <EventMarkers selection={d.selection} places={d.data.places} onSelect={onSelect} />}
          </ChoroplethMap>
        )}
      </div>
      <Legend bins={bins} measure={measure} />
      <p className="attribution">{t('map.attribution')}</p>
      <CountryTable stats={d.stats} names={geo?.names ?? new Map()} onSelect={pick} />
    </section>
  );
}
