// zod schemas for every file in data/. They are the single definition of the data format:
// the app validates with them at load time, `npm run data:check` validates with them on the
// command line, and data/schema/*.schema.json is generated from them for editors.
import { z } from 'zod';
import type * as TT from '../domain/treatyTypes';
import type * as T from '../domain/types';
import { BODY_ID, CHARTS, FUNDINGS, GROUP_ID, ISO3, PARTNERS, SLUG, YEAR_BASES } from '../domain/values';

// zod compiles fast paths with `new Function` unless told not to; our CSP forbids eval, and the files
// are small enough that the interpreted path costs nothing noticeable.
z.config({ jitless: true });

// Limits: a file that breaks them is rejected with the field named, before a huge value can reach a
// message or the screen. Generous for real data (the longest id today is under 50 characters).
const ID_MAX = 100;
const list = <Item extends z.ZodType>(item: Item, max: number) => z.array(item).max(max, `at most ${max} entries`);

export const slug = z
  .string()
  .max(ID_MAX, `at most ${ID_MAX} characters`)
  .regex(SLUG, 'a lower-case slug like "tisc-meeting-2023"');
export const iso3 = z.string().regex(ISO3, 'an ISO 3166-1 alpha-3 code in capitals, like "ZWE"');
export const groupId = z.string().regex(GROUP_ID, 'a group id like "ARIPO" or "arab"');

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'a real calendar date (month 01–12, day within the month)');

const text = z.string().trim().min(1, 'a non-empty text').max(2000, 'at most 2,000 characters');

export const localized = z.strictObject({ en: text, ja: text.optional() });
// Names and titles: shown in lists, tooltips and slide headings.
const shortText = z.string().trim().min(1, 'a non-empty text').max(300, 'at most 300 characters');
const label = z.strictObject({ en: shortText, ja: shortText.optional() });

export const sourceRef = z.strictObject({
  id: slug,
  supports: text,
});
const sourceRefs = list(sourceRef, 50).min(1, 'at least one source');

export const qualifier = z.enum(['about', 'more-than', 'at-least', 'up-to']);
export const yearBasis = z.enum(YEAR_BASES);
export const partner = z.enum(PARTNERS);
export const funding = z.enum(FUNDINGS);

export const figureRef = z.strictObject({ activity: slug, figure: slug });

export const figure = z.strictObject({
  id: slug.optional(),
  kind: z.enum([
    'participants',
    'attendances',
    'enterprises',
    'students',
    'graduates',
    'trainees',
    'groups',
    'experts',
    'countries',
    'offices',
    'records',
    'sessions',
    'inquiries',
  ]),
  value: z.number().nonnegative().finite(),
  qualifier: qualifier.optional(),
  date: partialDate.optional(),
  partOf: list(figureRef, 50).min(1, 'at least one figure').optional(),
  derived: z.boolean().optional(),
  note: text.optional(),
});

// What the source says of a project or strand, and the year it says it of (in the record's yearBasis).
// `unknown` is a project whose source states nothing about its progress; it has no year.
export const activityStatus = z
  .strictObject({
    state: z.enum(['planned', 'implemented', 'ongoing', 'completed', 'unknown']),
    year: z.number().int().min(1900).max(2100).optional(),
  })
  .refine((s) => (s.state === 'unknown') === (s.year === undefined), {
    error: 'a year with every state but "unknown", and none with "unknown"',
    path: ['year'],
  });

export const activity = z.strictObject({
  id: slug,
  title: label,
  programme: slug,
  type: slug,
  partner,
  funding,
  start: partialDate,
  end: partialDate.optional(),
  yearBasis,
  status: activityStatus.optional(),
  countries: list(iso3, 300),
  organisations: list(z.string().regex(BODY_ID, 'a regional body id like "ARIPO"'), 50).optional(),
  region: slug.optional(),
  place: slug.optional(),
  subnational: list(slug, 50).min(1).optional(),
  figures: list(figure, 50).optional(),
  summary: localized,
  sources: sourceRefs,
});

export const source = z.strictObject({
  id: slug,
  publisher: shortText,
  publisher_ja: shortText.optional(),
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000, 'at most 2,000 characters'),
  date: z.union([partialDate, z.literal('undated')]),
  language: z.enum(['en', 'ja', 'fr', 'es']),
  note: text.optional(),
});

// `event`: whether a record of this type, dated to a month or a day and without a status, is a gathering
// (data/README.md, "Events"). Optional in the format; data:check requires it on every type of the dataset.
export const activityType = z.strictObject({
  id: slug,
  name: label,
  description: localized,
  event: z.boolean().optional(),
  chart: z.enum(CHARTS).optional(),
});

export const programme = z.strictObject({
  id: slug,
  name: label,
  description: localized,
  partner,
  types: list(activityType, 100).min(1),
});

export const group = z.strictObject({
  id: groupId,
  kind: z.enum(['regional-body', 'region']),
  name: label,
  seat: slug.optional(),
  members: list(
    z.strictObject({ iso3, since: partialDate.optional(), until: partialDate.optional(), note: text.optional() }),
    300,
  ),
  sources: sourceRefs,
});

export const place = z.strictObject({
  id: slug,
  name: label,
  iso3,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  kind: z.enum(['event-city', 'headquarters', 'subnational', 'office']),
  inferred: z.boolean().optional(),
  sources: sourceRefs,
});

export const seriesPoint = z.strictObject({
  date: partialDate,
  yearBasis,
  value: z.number().finite(),
  kind: z.enum(['annual', 'cumulative', 'target', 'budget', 'request']),
  basis: z.enum(['budget', 'actual', 'converted', 'press-estimate', 'target']),
  qualifier: qualifier.optional(),
  derived: z.boolean().optional(),
  note: text.optional(),
  sources: sourceRefs,
});

export const series = z.strictObject({
  id: slug,
  title: label,
  unit: z.enum(['JPY', 'CHF', 'USD', 'people', 'experts', 'countries', 'centres', 'enterprises', 'cohorts']),
  description: localized,
  points: list(seriesPoint, 1000),
});

export const conflict = z.strictObject({
  id: slug,
  topic: label,
  claims: list(z.strictObject({ value: text, sources: sourceRefs }), 50).min(2, 'at least two claims'),
  note: localized,
  concerns: list(slug, 100),
});

const countryFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({ iso3: z.string().regex(ISO3), name_en: text, name_ja: text }),
  geometry: z.strictObject({
    type: z.enum(['Polygon', 'MultiPolygon']),
    // Coordinates are checked for shape only; the geometry tests check rings and longitudes.
    coordinates: z.array(z.any()).min(1),
  }),
});

// ── data/treaties.json: WIPO treaty membership, with its own WIPO sources ──────────────────────

/** A country's ISO3 or a regional body id from groups.json (OAPI is itself a Madrid party). */
const partyId = z.string().regex(/^[A-Z]{3,6}$/, 'an ISO 3166-1 alpha-3 code or a regional body id like "OAPI"');

export const treatySource = source.extend({ language: z.enum(['en', 'ja', 'fr', 'es', 'zh', 'ar', 'ru', 'de']) });

export const treaty = z.strictObject({ id: slug, name: localized, shortName: localized });

export const treatyEntry = z.strictObject({
  id: slug,
  party: partyId,
  treaty: slug,
  action: z.enum(['ratification', 'accession', 'succession', 'withdrawal', 'bound']),
  deposited: partialDate.optional(),
  inForce: partialDate.optional(),
  notification: z.strictObject({ number: z.number().int().positive(), date: partialDate.optional() }).optional(),
  partyBy: partialDate.optional(),
  note: localized.optional(),
  sources: sourceRefs,
});

export const treatiesAsOf = z.strictObject({ date: partialDate, note: localized });

const schemaRef = { $schema: z.string().max(500, 'at most 500 characters').optional() };

/** Each data file, keyed by its file name. The array key names the records in error messages. */
export const files = {
  'activities.json': { key: 'activities', schema: z.strictObject({ ...schemaRef, activities: z.array(activity) }) },
  'sources.json': { key: 'sources', schema: z.strictObject({ ...schemaRef, sources: z.array(source) }) },
  'programmes.json': { key: 'programmes', schema: z.strictObject({ ...schemaRef, programmes: z.array(programme) }) },
  'groups.json': { key: 'groups', schema: z.strictObject({ ...schemaRef, groups: z.array(group) }) },
  'places.json': { key: 'places', schema: z.strictObject({ ...schemaRef, places: z.array(place) }) },
  'series.json': { key: 'series', schema: z.strictObject({ ...schemaRef, series: z.array(series) }) },
  'conflicts.json': { key: 'conflicts', schema: z.strictObject({ ...schemaRef, conflicts: z.array(conflict) }) },
  'treaties.json': {
    key: 'entries',
    schema: z.strictObject({
      ...schemaRef,
      asOf: treatiesAsOf,
      treaties: z.array(treaty).min(1),
      sources: z.array(treatySource),
      entries: z.array(treatyEntry),
    }),
  },
  'countries.geojson': {
    key: 'features',
    schema: z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(countryFeature).min(1) }),
  },
} as const;

export type DataFileName = keyof typeof files;

// Compile-time proof that the schemas produce exactly the domain types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const proofs: [
  Same<z.infer<typeof activity>, T.Activity>,
  Same<z.infer<typeof source>, T.Source>,
  Same<z.infer<typeof programme>, T.Programme>,
  Same<z.infer<typeof group>, T.Group>,
  Same<z.infer<typeof place>, T.Place>,
  Same<z.infer<typeof series>, T.Series>,
  Same<z.infer<typeof conflict>, T.Conflict>,
  Same<z.infer<typeof treaty>, TT.Treaty>,
  Same<z.infer<typeof treatyEntry>, TT.TreatyEntry>,
  Same<z.infer<typeof treatySource>, TT.TreatySource>,
  Same<z.infer<typeof treatiesAsOf>, TT.TreatiesAsOf>,
] = [true, true, true, true, true, true, true, true, true, true, true];
void proofs;
