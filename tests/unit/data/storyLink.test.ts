import { afterEach, describe, expect, it, vi } from 'vitest';
import { compressStory, LINK_LIMIT, readStoryParam, storyLink } from '../../../src/data/storyLink';
import { DEFAULT_STORY, encodeStory, type Story } from '../../../src/domain/story';
import { parse } from '../../../src/state/urlState';

/** A story with long speaker notes, like a real briefing (prose compresses well). */
const noted = (slides: number, notes = 'Open with the scale, then the map; the figures are a lower bound. ') =>
  ({
    version: 1,
    slides: Array.from({ length: slides }, (_, i) => ({
      topic: 'country',
      view: { country: 'ZWE' },
      title: `ジンバブエ ${i}`,
      notes: notes.repeat(8),
    })),
  }) satisfies Story;

/** Notes that do not compress: every character random. */
const noise = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20000))).join('');

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `z1.${Buffer.from(bytes).toString('base64url')}`;
}

describe('compressed story links', () => {
  it('read back what compressStory wrote, in a parameter the URL state keeps', async () => {
    const story = noted(6);
    const param = await compressStory(story);
    expect(param).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(encodeStory(story).length / 4);
    expect(parse(`?story=${param}`).story).toBe(param);
    expect(await readStoryParam(param)).toEqual({ ok: true, story });
  });

  it('still open the first, uncompressed form at once', () => {
    expect(readStoryParam(encodeStory(DEFAULT_STORY))).toEqual({ ok: true, story: DEFAULT_STORY });
  });

  it('say why a link cannot be read: cut short, not compressed, a later form, an invalid story, a bomb', async () => {
    const param = await compressStory(noted(6));
    expect(await readStoryParam(param.slice(0, 63))).toEqual({
      ok: false,
      reason: 'damaged',
      problems: ['story (link): the compressed story is incomplete or damaged'],
    });
    expect(await readStoryParam('z1.' + encodeStory(DEFAULT_STORY))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await readStoryParam('z7.abc')).toEqual({
      ok: false,
      reason: 'newer',
      problems: ['story (link): made by a newer version of the atlas (form "z7.")'],
    });
    expect(
      await readStoryParam(await deflate('{"version": 1, "slides": [{"topic": "weather", "view": {}}]}')),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
      problems: [expect.stringMatching(/^story \(link\) › slides\[0\] › topic: expected one of/)],
    });
    // A few kilobytes that would unpack to 50 MB: refused without unpacking it all.
    const bomb = await deflate(`{"version": 1, "title": "${' '.repeat(50_000_000)}"}`);
    expect(bomb.length).toBeLessThan(LINK_LIMIT * 40);
    expect(await readStoryParam(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('the address a presenter copies', () => {
  const base = new URL('https://example.org/atlas/?from=2020&slide=1');

  it('stays plain, readable by any atlas, when it fits', async () => {
    const link = await storyLink(base, DEFAULT_STORY);
    expect(link).toMatchObject({ compressed: false, fits: true });
    expect(link.href.length).toBeLessThanOrEqual(LINK_LIMIT);
    expect(new URL(link.href).searchParams.get('story')).toBe(encodeStory(DEFAULT_STORY));
  });

  it('is compressed when only that brings it under the limit', async () => {
    const story = noted(6);
    const link = await storyLink(base, story);
    expect(link.plainLength).toBeGreaterThan(LINK_LIMIT);
    expect(link).toMatchObject({ compressed: true, fits: true });
    expect(link.href.length).toBeLessThanOrEqual(LINK_LIMIT);
    expect(await readStoryParam(new URL(link.href).searchParams.get('story') ?? '')).toEqual({ ok: true, story });
  });

  it('says it does not fit when even compressed it is too long', async () => {
    const link = await storyLink(base, { version: 1, slides: [{ topic: 'custom', view: {}, notes: noise(3000) }] });
    expect(link).toMatchObject({ compressed: true, fits: false });
    expect(link.href.length).toBeGreaterThan(LINK_LIMIT);
  });
});

describe('a browser without deflate-raw', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says it cannot unpack a compressed link, and copies only plain links', async () => {
    const param = await compressStory(noted(6));
    const refuse = (format: string) => {
      if (format === 'deflate-raw') throw new TypeError(`Unsupported compression format: '${format}'`);
    };
    vi.stubGlobal('CompressionStream', refuse);
    vi.stubGlobal('DecompressionStream', refuse);
    expect(await readStoryParam(param)).toEqual({
      ok: false,
      reason: 'unsupported',
      problems: ['story (link): this browser cannot read compressed links'],
    });
    const link = await storyLink(new URL('https://example.org/'), noted(6));
    expect(link).toMatchObject({ compressed: false, fits: false });
  });
});
