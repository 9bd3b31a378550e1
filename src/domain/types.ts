// Plain types of the dataset after validation. The zod schemas in src/data/schemas.ts are checked
// against these at compile time, so the two cannot drift.
import type { ChartId, FUNDINGS, Partner, YearBasis } from './values';

export type { Partner, YearBasis };

/** Text in English (the key language) with an optional Japanese translation. */
export interface Localized {
  en: string;
  ja?: string;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source. */
export type PartialDate = string;

/**
 * Who pays for an activity: the fund (FIT Japan IP Global), JICA, or neither as far as the sources say
 * (`context`: related work shown for orientation, left out of counts unless the reader asks for it).
 */
export type Funding = (typeof FUNDINGS)[number];

export type Qualifier = 'about' | 'more-than' | 'at-least' | 'up-to';

export type FigureKind =
  | 'participants'
  | 'attendances'
  | 'enterprises'
  | 'students'
  | 'graduates'
  | 'trainees'
  | 'groups'
  | 'experts'
  | 'countries'
  | 'offices'
  | 'records'
  | 'sessions'
  | 'inquiries';

/** A figure of another (or the same) activity, named by the activity's id and the figure's own id. */
export interface FigureRef {
  activity: string;
  figure: string;
}

export interface Figure {
  /** Names the figure within its activity, so that another figure's `partOf` can point at it. */
  id?: string;
  /** `attendances` count a person once per day or session attended, so they are never added to people. */
  kind: FigureKind;
  value: number;
  qualifier?: Qualifier;
  /** When the figure applies, if not at the activity's start (an intake year, a report's year). */
  date?: PartialDate;
  /**
   * The people (or things) this figure counts are all counted by the named figures as well: a subset, or
   * the same group counted at another moment. It is left out of every total that includes those figures.
   */
  partOf?: FigureRef[];
  /** true when we computed the value (the note says how) */
  derived?: boolean;
  note?: string;
}

export interface SourceRef {
  /** id in sources.json */
  id: string;
  /** what this source supports in the record, in our words */
  supports: string;
}

export type StatusState = 'planned' | 'implemented' | 'ongoing' | 'completed' | 'unknown';

/**
 * A project's or strand's status as its source words it, with the year the source says it of (in the
 * record's yearBasis): implemented in 2021, completed in 2022, ongoing as of 2025, planned for a year.
 * `unknown` (no year): the source says nothing of the project's progress. One-off events have no status.
 */
export interface ActivityStatus {
  state: StatusState;
  year?: number;
}

export interface Activity {
  id: string;
  title: Localized;
  programme: string;
  type: string;
  partner: Partner;
  funding: Funding;
  start: PartialDate;
  end?: PartialDate;
  yearBasis: YearBasis;
  status?: ActivityStatus;
  /** Countries the activity was held in or with (ISO 3166-1 alpha-3). */
  countries: string[];
  /** Regional bodies through which the activity reached their members. */
  organisations?: string[];
  /** Region id in groups.json (e.g. arab, lac) when the source names a region. */
  region?: string;
  /** id in places.json */
  place?: string;
  /**
   * Places of kind `subnational` (Zanzibar) whose own office took part, marked on the map; each lies in a
   * country of `countries` and adds nothing to that country's count.
   */
  subnational?: string[];
  figures?: Figure[];
  summary: Localized;
  sources: SourceRef[];
}

export interface Source {
  id: string;
  publisher: string;
  /** the publisher's official Japanese name, where it has one */
  publisher_ja?: string;
  title: string;
  url: string;
  /** date of the statement, or 'undated' */
  date: PartialDate | 'undated';
  language: 'en' | 'ja' | 'fr' | 'es';
  note?: string;
}

export interface ActivityType {
  id: string;
  name: Localized;
  description: Localized;
  /** Records of this type dated to a month or day, and without a status, are events (gatherings). */
  event?: boolean;
  /** the chart that draws its activities, beside the figures of its series */
  chart?: ChartId;
}

export interface Programme {
  id: string;
  name: Localized;
  description: Localized;
  partner: Partner;
  types: ActivityType[];
}

export interface GroupMember {
  iso3: string;
  since?: PartialDate;
  until?: PartialDate;
  note?: string;
}

export interface Group {
  id: string;
  kind: 'regional-body' | 'region';
  name: Localized;
  /** id in places.json */
  seat?: string;
  members: GroupMember[];
  sources: SourceRef[];
}

export type PlaceKind = 'event-city' | 'headquarters' | 'subnational' | 'office';

export interface Place {
  id: string;
  name: Localized;
  iso3: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** true when the source does not name the city and we placed the event at a capital */
  inferred?: boolean;
  sources: SourceRef[];
}

export type PointKind = 'annual' | 'cumulative' | 'target' | 'budget' | 'request';

/**
 * What a series value stands on: an amount budgeted, requested or announced (`budget`); what a source
 * reports as contributed, executed or counted (`actual`); a source's own conversion of another figure into
 * this unit (`converted`); a figure the press reports as expected (`press-estimate`); a goal (`target`).
 */
export type PointBasis = 'budget' | 'actual' | 'converted' | 'press-estimate' | 'target';

export interface SeriesPoint {
  /** calendar date (PartialDate) or, with yearBasis jp-fiscal, the fiscal year as YYYY */
  date: PartialDate;
  yearBasis: YearBasis;
  value: number;
  kind: PointKind;
  basis: PointBasis;
  qualifier?: Qualifier;
  /** true when we computed the value from other figures (and say how in note) */
  derived?: boolean;
  note?: string;
  sources: SourceRef[];
}

export interface Series {
  id: string;
  title: Localized;
  unit: 'JPY' | 'CHF' | 'USD' | 'people' | 'experts' | 'countries' | 'centres' | 'enterprises' | 'cohorts';
  description: Localized;
  points: SeriesPoint[];
}

export interface ConflictClaim {
  value: string;
  sources: SourceRef[];
}

export interface Conflict {
  id: string;
  topic: Localized;
  claims: ConflictClaim[];
  note: Localized;
  /** series ids or activity ids concerned */
  concerns: string[];
}

/** One Natural Earth admin-0 feature, reduced to what the app uses. */
export interface CountryProps {
  iso3: string;
  name_en: string;
  name_ja: string;
}

export type Position = [number, number];
export type PolygonCoords = Position[][];

export interface CountryFeature {
  type: 'Feature';
  properties: CountryProps;
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}

export interface Countries {
  type: 'FeatureCollection';
  features: CountryFeature[];
}

/** Everything but the geometry: small, loaded together. */
export interface Dataset {
  activities: Activity[];
  sources: Source[];
  programmes: Programme[];
  groups: Group[];
  places: Place[];
  series: Series[];
  conflicts: Conflict[];
}
