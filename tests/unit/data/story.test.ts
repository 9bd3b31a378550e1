import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/DataError';
import { parseStory, storyFileText, storyFromParam } from '../../../src/data/story';
import { DEFAULT_STORY, encodeStory, type Story } from '../../../src/domain/story';

const problemsOf = (text: string, file = 'my-story.json') => {
  try {
    parseStory(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).problems;
  }
  throw new Error('expected the story to be rejected');
};

describe('story files', () => {
  it('accepts the built-in story and what the export writes', () => {
    expect(parseStory(storyFileText(DEFAULT_STORY), 'story.json')).toEqual(DEFAULT_STORY);
  });

  it('names the file, the slide and the field, what was expected and what was found', () => {
    const story = {
      version: 1,
      slides: [
        { topic: 'overview', view: {} },
        { topic: 'custom', view: { country: 'Zimbabwe' } },
      ],
    };
    expect(problemsOf(JSON.stringify(story))).toEqual([
      'my-story.json › slides[1] › view.country: expected an ISO 3166-1 alpha-3 code in capitals, like "ZWE"; got "Zimbabwe"',
    ]);
  });

  it('reports an unknown topic, an unknown field, a wrong type and a missing field', () => {
    const story = {
      version: 1,
      slides: [
        { topic: 'weather', view: {} },
        { topic: 'custom', view: { colour: 'red' } },
        { topic: 'custom', view: { from: '2020' } },
        { topic: 'custom' },
      ],
    };
    const problems = problemsOf(JSON.stringify(story));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      /^my-story\.json › slides\[0\] › topic: expected one of "overview", .*; got "weather"$/,
    );
    expect(problems[1]).toBe('my-story.json › slides[1] › view: unknown field "colour"');
    expect(problems[2]).toBe('my-story.json › slides[2] › view.from: expected number, got "2020"');
    expect(problems[3]).toBe('my-story.json › slides[3] › view: expected object, got nothing (the field is missing)');
  });

  it('rejects an empty story, a wrong version and broken JSON', () => {
    expect(problemsOf(JSON.stringify({ version: 1, slides: [] }))).toEqual([
      'my-story.json › slides: expected at least one slide; got a list of 0',
    ]);
    expect(problemsOf(JSON.stringify({ version: 2, slides: DEFAULT_STORY.slides }))[0]).toMatch(
      /^my-story\.json › version: expected one of 1; got number 2$/,
    );
    expect(problemsOf('{"version": 1, "slides": [')[0]).toMatch(/^my-story\.json: not valid JSON/);
  });

  it('trims titles and keeps notes as written', () => {
    const story = {
      version: 1,
      slides: [{ topic: 'custom', view: {}, title: '  Kenya  ', notes: ' line one\nline two ' }],
    };
    expect(parseStory(JSON.stringify(story), 's.json').slides[0]).toEqual({
      topic: 'custom',
      view: {},
      title: 'Kenya',
      notes: ' line one\nline two ',
    });
  });
});

describe('stories in links', () => {
  it('reads back what encodeStory wrote', () => {
    const story: Story = { version: 1, slides: [{ topic: 'country', view: { country: 'KEN' }, title: 'ケニア' }] };
    expect(storyFromParam(encodeStory(story))).toEqual({ ok: true, story });
  });

  it('reports a broken or invalid link instead of throwing', () => {
    expect(storyFromParam('%%%')).toEqual({
      ok: false,
      reason: 'damaged',
      problems: ['story (link): not base64url-encoded UTF-8 text'],
    });
    expect(storyFromParam(encodeStory(DEFAULT_STORY).slice(0, 200))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(storyFromParam(encodeStory({ ...DEFAULT_STORY, version: 2 } as unknown as Story))).toMatchObject({
      ok: false,
      reason: 'newer',
    });
    const bad = storyFromParam(
      encodeStory({ version: 1, slides: [{ topic: 'custom', view: { partner: 'UN' } }] } as unknown as Story),
    );
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ reason: 'invalid' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      'story (link) › slides[0] › view.partner: expected one of "WIPO", "JICA"; got "UN"',
    ]);
  });
});
