// Links that carry a story, in one of two forms of the `story` parameter:
//   eyJ2ZXJz…     base64url of the story's JSON: the first form, so every link ever copied still opens;
//   z1.<base64>   the JSON compressed with deflate-raw (the browser's CompressionStream), then base64url.
// The prefix names the form and its version: a later form ("z2.") is reported as made by a newer atlas,
// not as a broken link. Both forms use only characters that URLSearchParams leaves as they are.
import { encodeStory, type Story } from '../domain/story';
import { storyFromParam, storyFromText, type StoryResult } from './story';

/** Longer addresses are cut or refused by many chat tools, mail clients and servers. */
export const LINK_LIMIT = 2000;

const PREFIX = /^([a-z])(\d{1,3})\./;
const COMPRESSED = 'z1.';
const LABEL = 'story (link)';
/** No valid story comes near this: it stops a short hostile link from inflating to gigabytes. */
const MAX_BYTES = 2_000_000;

function toBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Whether this browser can write and read compressed links (some know "deflate" but not "deflate-raw"). */
export function canCompress(): boolean {
  try {
    const streams = [new CompressionStream('deflate-raw'), new DecompressionStream('deflate-raw')];
    return streams.length === 2;
  } catch {
    return false;
  }
}

/** The compressed form of a story for a link (`z1.…`). */
export async function compressStory(story: Story): Promise<string> {
  const stream = new Blob([JSON.stringify(story)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return COMPRESSED + toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The text inside compressed bytes, or why there is none. Stops reading past MAX_BYTES. */
async function inflate(bytes: Uint8Array): Promise<string | 'damaged' | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        void reader.cancel();
        return 'too-large';
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return 'damaged'; // cut short, or not deflate data at all, or not UTF-8
  }
}

const failed = (reason: Exclude<StoryResult, { ok: true }>['reason'], problem: string): StoryResult => ({
  ok: false,
  reason,
  problems: [`${LABEL}: ${problem}`],
});

/** The story of a compressed `story` parameter. Never rejects: a broken link reports its problems. */
async function storyFromCompressed(param: string): Promise<StoryResult> {
  if (!canCompress()) return failed('unsupported', 'this browser cannot read compressed links');
  const bytes = fromBase64url(param.slice(COMPRESSED.length));
  if (!bytes) return failed('damaged', 'the compressed story is incomplete or damaged (not base64url)');
  const text = await inflate(bytes);
  if (text === 'damaged') return failed('damaged', 'the compressed story is incomplete or damaged');
  if (text === 'too-large') return failed('too-large', `the story unpacks to more than ${MAX_BYTES} bytes`);
  return storyFromText(text, LABEL);
}

/** The story of any `story` parameter: at once for the plain form, a promise for the compressed one. */
export function readStoryParam(param: string): StoryResult | Promise<StoryResult> {
  const prefix = PREFIX.exec(param);
  if (!prefix) return storyFromParam(param);
  if (prefix[0] === COMPRESSED) return storyFromCompressed(param);
  return failed('newer', `made by a newer version of the atlas (form "${prefix[0]}")`);
}

/** The address of a link, in the shortest form that is still readable by older atlases when it fits. */
export async function storyLink(
  base: URL,
  story: Story,
): Promise<{ href: string; compressed: boolean; fits: boolean; plainLength: number }> {
  const url = new URL(base.href);
  url.searchParams.set('story', encodeStory(story));
  const plainLength = url.href.length;
  if (plainLength <= LINK_LIMIT || !canCompress())
    return { href: url.href, compressed: false, fits: plainLength <= LINK_LIMIT, plainLength };
  url.searchParams.set('story', await compressStory(story));
  return { href: url.href, compressed: true, fits: url.href.length <= LINK_LIMIT, plainLength };
}
