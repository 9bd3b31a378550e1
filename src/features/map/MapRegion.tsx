import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { measureValue, type CountryStats } from '../../domain/aggregate';
import { leadingProgramme } from '../../domain/leadingProgramme';
import { programmeColour } from '../../domain/palette';
import { membersOf } from '../../domain/groups';
import { MEASURES, treatyOfMeasure, type Measure } from '../../domain/values';
import { isSmall, mainBox, markerPoint, SMALL_STATE_DEG2, worldBox } from '../../domain/geometry';
import { makeBins } from '../../domain/scale';
import type { Selection } from '../../domain/selection';
import type { TreatyClass } from '../../domain/treatyMap';
import type { CountryProps, Dataset } from '../../domain/types';
import { countriesQuery } from '../../data/queries';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { Navigate } from '../../state/useUrlState';
import { ErrorState } from '../../ui/ErrorState';
import { ChoroplethMap } from './ChoroplethMap';
import { CountrySearch } from './CountrySearch';
import { CountryTable } from './CountryTable';
import { CitiesSwitch, Legend, mapLegend } from './Legend';
import { TreatyLegend, treatyKeyTitle, treatyLegend } from './TreatyLegend';
import { useTreatyMap } from './useTreatyMap';
import type { Focus } from './MapCamera';
import { MapMarkers } from './MapMarkers';
import { subjectFocus } from './subject';
import { jumpTo } from '../../ui/jumpTo';

const NONE: CountryProps[] = [];
// On a treaty measure whose records are not in (loading, or failed): every country reads "no record",
// never the activities' colours under the treaty's key.
const NO_RECORDS = new Map<string, TreatyClass>();
const WORLD: Focus = { how: 'world' };

/**
 * `follow`: the camera shows whatever country the view names, and the world when it names none (a
 * briefing slide). Otherwise it fits a country chosen from the table or the search, or named by the
 * link the page was opened with; a country clicked on the map is only moved clear of the panel.
 */
/** What the map colours by. Its own component, so a filter change does not build its options again. */
const MeasureSelect = memo(function MeasureSelect({ measure, navigate }: { measure: Measure; navigate: Navigate }) {
  const { t } = useLocale();
  return (
    <label>
      {t('map.measure')}{' '}
      <select value={measure} onChange={(e) => navigate({ measure: e.target.value as Measure })}>
        {(['activities', 'treaties'] as const).map((g) => (
          <optgroup key={g} label={t(`map.measureGroup.${g}`)}>
            {MEASURES.filter((m) => (treatyOfMeasure(m) !== null) === (g === 'treaties')).map((m) => (
              <option key={m} value={m}>
                {t(`map.measure.${m}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
});

export function MapRegion({
  data,
  selection,
  stats,
  group,
  country,
  measure,
  year,
  navigate,
  onSelect,
  follow = false,
}: {
  data: Dataset;
  /** the activities the filters pick (the city markers) */
  selection: Selection;
  stats: Map<string, CountryStats>;
  /** the region or regional body filtered on (a body's members are outlined) */
  group: string | null;
  /** the country open in the panel */
  country: string | null;
  measure: Measure;
  /** the last year of the filters: a treaty measure reads each country's status at its end */
  year: number;
  navigate: Navigate;
  onSelect: (iso3: string) => void;
  follow?: boolean;
}) {
  const { t, lang } = useLocale();
  const text = useText();
  const q = useQuery(countriesQuery);
  // The query store updates synchronously, and drawing 235 shapes (React, then Leaflet) is one of the
  // longest tasks of a load: as a deferred value, the render that brings the shapes in can be split up.
  const countries = useDeferredValue(q.data);
  const [target, setTarget] = useState<Focus | null>(null);
  const [showEvents, setShowEvents] = useState(true);
  // City squares left out because the key lies over them: the dashboard's key, which folds, says how
  // many and how to see them (a slide's key does not fold, and shows no cities switch).
  const [covered, setUnderKey] = useState(0);
  const underKey = follow ? 0 : covered;
  // The dashboard's key can be folded away from the countries under it; a slide's key cannot.
  const [folded, setFolded] = useState(false);
  const fold = useMemo(() => (follow ? undefined : { folded, onFold: setFolded }), [follow, folded]);

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
      world: worldBox(features.map((f) => f.geometry)),
    };
  }, [countries]);
  const bins = useMemo(
    () =>
      makeBins(
        [...stats.values()].map((s) => measureValue(s, measure)).filter((v): v is number => v !== null),
        measure,
      ),
    [stats, measure],
  );
  const codes = useMemo(() => geo?.list.map((p) => p.iso3) ?? null, [geo]);
  const treaty = useTreatyMap(measure, year, data.groups, codes);
  const treatyKey = treaty?.key ?? null;
  // The programmes the "by programme" map colours countries with, in the data's order.
  const keyProgrammes = useMemo(() => {
    if (measure !== 'programmes') return [];
    const leads = new Set([...stats.values()].map((s) => leadingProgramme(s.byProgramme)?.id));
    return data.programmes
      .filter((p) => leads.has(p.id))
      .map((p) => ({ id: p.id, name: text(p.name).text, colour: programmeColour(p.id) }));
  }, [measure, stats, data.programmes, text]);
  const legend = useMemo(
    () => (treatyKey ? treatyLegend(treatyKey, t, lang) : mapLegend(bins, measure, keyProgrammes, t, lang)),
    [treatyKey, bins, measure, keyProgrammes, t, lang],
  );
  const outlined = useMemo(() => {
    const g = data.groups.find((x) => x.id === group && x.kind === 'regional-body');
    return g ? membersOf(data.groups, g.id) : new Set<string>();
  }, [data.groups, group]);
  const programmeName = useCallback(
    (id: string) => {
      const p = data.programmes.find((x) => x.id === id);
      return p ? text(p.name).text : id;
    },
    [data.programmes, text],
  );
  const focusOn = useCallback(
    (iso3: string | null, how: 'fit' | 'ease'): Focus | null => {
      const f = iso3 ? geo?.byIso.get(iso3) : undefined;
      return f ? { box: mainBox(f.geometry), how } : null;
    },
    [geo],
  );
  // A link that names a country opens on it, until the camera is told otherwise. Its panel opens once
  // the dataset is in (`data` arrives once): the country is fitted again then, clear of the panel.
  const [linked] = useState(country);
  const opening = useMemo(() => (data ? focusOn(linked, 'fit') : null) ?? WORLD, [focusOn, linked, data]);
  // A slide frames its subject: the spotlight country, the region filtered on, or the countries reached.
  const regionMembers = useMemo(
    () => (group ? membersOf(data.groups, group) : new Set<string>()),
    [data.groups, group],
  );
  const followed = useMemo(
    () => (follow && geo ? subjectFocus(geo.byIso, geo.world, country, regionMembers, stats.keys()) : null),
    [follow, geo, country, regionMembers, stats],
  );
  const pick = useCallback(
    (iso3: string) => {
      const f = focusOn(iso3, 'fit');
      if (f) setTarget(f);
      onSelect(iso3);
    },
    [focusOn, onSelect],
  );
  // A click on a shape, a dot or a city's list: the panel opens over the map, and the country is eased
  // into the part it leaves open.
  const clicked = useCallback(
    (iso3: string) => {
      onSelect(iso3);
      const f = focusOn(iso3, 'ease');
      if (f && !follow) setTarget(f);
    },
    [focusOn, onSelect, follow],
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
        <MeasureSelect measure={measure} navigate={navigate} />
        <CountrySearch countries={geo?.list ?? NONE} onPick={pick} />
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
            stats={stats}
            measure={measure}
            bins={bins}
            selected={country}
            outlined={outlined}
            small={geo.smallSet}
            treaty={treaty ? (treaty.classes ?? NO_RECORDS) : null}
            treatyWords={treaty?.describe ?? null}
            legend={legend}
            programmeName={programmeName}
            onSelect={clicked}
            world={geo.world}
            focus={followed ?? target ?? opening}
          >
            <MapMarkers
              selection={selection}
              places={data.places}
              showCities={showEvents}
              onUnderKey={setUnderKey}
              names={geo.names}
              states={geo.small}
              stats={stats}
              measure={measure}
              bins={bins}
              treaty={treaty ? (treaty.classes ?? NO_RECORDS) : null}
              selected={country}
              onSelect={clicked}
            />
          </ChoroplethMap>
        )}
        {treaty ? (
          <TreatyLegend k={treaty.key} failed={treaty.error !== null} fold={fold}>
            {treaty.error !== null && (
              <ErrorState error={treaty.error} onRetry={treaty.retry} region={t('treaty.panelTitle')} />
            )}
            <CitiesSwitch cities={showEvents} onCities={setShowEvents} underKey={underKey} />
          </TreatyLegend>
        ) : (
          <Legend
            bins={bins}
            measure={measure}
            programmes={keyProgrammes}
            cities={showEvents}
            onCities={setShowEvents}
            underKey={underKey}
            fold={fold}
          />
        )}
      </div>
      <p className="attribution">{t('map.attribution')}</p>
      <CountryTable
        stats={stats}
        names={geo?.names ?? new Map()}
        onSelect={pick}
        programmeName={programmeName}
        treaty={
          treaty?.describe && treaty.key ? { heading: treatyKeyTitle(treaty.key, t), describe: treaty.describe } : null
        }
      />
    </section>
  );
}
