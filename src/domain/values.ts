// Lists of valid values and id patterns, each defined once. The types are derived from the lists, and
// both the URL parser (state/urlState.ts) and the zod schemas (data/schemas.ts, data/story.ts) check
// against them, so a new chart or partner is added here and nowhere else.

export const PARTNERS = ['WIPO', 'JICA'] as const;
export type Partner = (typeof PARTNERS)[number];

/** Who pays for an activity (types.ts: Funding). */
export const FUNDINGS = ['fund', 'jica', 'context'] as const;

/** Japanese fiscal years run April–March and are named after the year they start in. */
export const YEAR_BASES = ['calendar', 'jp-fiscal'] as const;
export type YearBasis = (typeof YEAR_BASES)[number];

/** The WIPO treaties of data/treaties.json that the map can colour by. */
export const TREATIES = ['pct', 'madrid', 'hague', 'paris'] as const;
export type TreatyId = (typeof TREATIES)[number];

/** What the map colours a country by: a count of its activities (aggregate.ts: measureValue), or its
 * membership of a WIPO treaty at the end of the selected years (`treaty-<id>`, domain/treatyMap.ts). */
export const MEASURES = [
  'activities',
  'programmes',
  'first-year',
  'treaty-pct',
  'treaty-madrid',
  'treaty-hague',
  'treaty-paris',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The treaty a measure colours by, or null for the activity measures. */
export const treatyOfMeasure = (m: Measure): TreatyId | null =>
  m.startsWith('treaty-') ? (m.slice('treaty-'.length) as TreatyId) : null;

/** The charts of the timeline region, in the order of their tabs. */
export const CHARTS = ['activities', 'contribution', 'experts', 'tisc', 'sme', 'people', 'treaties'] as const;
export type ChartId = (typeof CHARTS)[number];

/** Ids of records, programmes, types, sources and places: "tisc-meeting-2023". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 3166-1 alpha-3, in capitals: "ZWE". */
export const ISO3 = /^[A-Z]{3}$/;
/** A region or regional body in groups.json: "ARIPO", "arab". */
export const GROUP_ID = /^[A-Za-z0-9-]{2,20}$/;
/** A regional body an activity was held for: "ARIPO". */
export const BODY_ID = /^[A-Z]{3,6}$/;
/** Years a filter or a slide may name. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** Is `v` one of `list`? (Narrows a string read from a URL or a file to the list's type.) */
export const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);
