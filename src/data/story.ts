// The boundary for briefing stories: a JSON file a presenter imports, or the `story` URL parameter of a
// shared link. Both are untrusted, so both are validated here and fail with the same kind of lines as the
// data files: `my-story.json › slides[2] › view.country: expected an ISO 3166-1 alpha-3 code …; got "Zim"`.
import { z } from 'zod';
import { decodeStoryText, MAX_SLIDES, TOPICS, type Story } from '../domain/story';
import { CHARTS, MEASURES, SLUG, YEAR_MAX, YEAR_MIN } from '../domain/values';
import { DataError } from './DataError';
import { groupId, iso3, partner, yearBasis } from './schemas';
import { formatIssue } from './validate';

const slug = z.string().regex(SLUG, 'a lower-case id like "ip-utilisation"');
const year = z
  .number()
  .int('a whole year')
  .min(YEAR_MIN, `a year from ${YEAR_MIN}`)
  .max(YEAR_MAX, `a year up to ${YEAR_MAX}`)
  .nullable();

export const slideView = z.strictObject({
  from: year.optional(),
  to: year.optional(),
  programmes: z.array(slug).max(50).optional(),
  types: z.array(slug).max(50).optional(),
  partner: partner.nullable().optional(),
  group: groupId.nullable().optional(),
  basis: yearBasis.optional(),
  country: iso3.nullable().optional(),
  measure: z.enum(MEASURES).optional(),
  chart: z.enum(CHARTS).optional(),
});

export const slide = z.strictObject({
  topic: z.enum(TOPICS),
  view: slideView,
  title: z.string().trim().min(1, 'a non-empty title').max(200, 'at most 200 characters').optional(),
  notes: z.string().max(4000, 'at most 4,000 characters').optional(),
});

export const storySchema = z.strictObject({
  version: z.literal(1),
  title: z.string().max(200, 'at most 200 characters').optional(),
  slides: z.array(slide).min(1, 'at least one slide').max(MAX_SLIDES, `at most ${MAX_SLIDES} slides`),
});

// Compile-time proof that the schema produces exactly the domain's Story.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const proof: Same<z.infer<typeof storySchema>, Story> = true;
void proof;

/** Parses an imported story file. Broken JSON and schema violations throw a DataError naming the field. */
export function parseStory(text: string, file: string): Story {
  const result = storyFromText(text, file);
  if (!result.ok) throw new DataError(file, result.problems);
  return result.story;
}

/** Why a story from a link or the browser's storage could not be read: each gets its own words in the UI. */
export type StoryProblem = 'damaged' | 'newer' | 'invalid' | 'too-large' | 'unsupported';
export type StoryResult = { ok: true; story: Story } | { ok: false; reason: StoryProblem; problems: string[] };

/** A story's JSON text checked against the schema. Never throws. */
export function storyFromText(text: string, file: string): StoryResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'damaged', problems: [`${file}: not valid JSON (${(e as Error).message})`] };
  }
  const result = storySchema.safeParse(raw);
  if (result.success) return { ok: true, story: result.data };
  const version = (raw as { version?: unknown } | null)?.version;
  return {
    ok: false,
    // A later format is not a broken file: the presenter needs a newer atlas, not a fixed file.
    reason: typeof version === 'number' && version > 1 ? 'newer' : 'invalid',
    problems: result.error.issues.map((issue) => formatIssue(file, 'slides', raw, issue)),
  };
}

/** The story of a shared link's plain `story` parameter (compressed ones: storyLink.ts). Never throws. */
export function storyFromParam(param: string): StoryResult {
  const text = decodeStoryText(param);
  if (text === null)
    return { ok: false, reason: 'damaged', problems: ['story (link): not base64url-encoded UTF-8 text'] };
  return storyFromText(text, 'story (link)');
}

/** The format of a story kept in the browser (storyStore.ts): its name and last change around the story,
 * which is checked by the same schema as an imported file. `format` 1 was the single story kept before. */
export const SAVED_FORMAT = 2;
export const savedStorySchema = z.strictObject({
  format: z.literal(SAVED_FORMAT),
  name: z.string().max(200, 'at most 200 characters'),
  changed: z.iso.datetime({ offset: true }),
  story: storySchema,
});
export type SavedStoryFile = z.infer<typeof savedStorySchema>;

/** The file a presenter exports: readable JSON, the same format the import accepts. */
export function storyFileText(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
