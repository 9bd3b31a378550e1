// The map of the slide on screen as a picture for the deck: the map's registry entry composed with its
// legend at 1920×1080 (exportPicture), and drawn on a canvas as PNG.
// Never a screenshot of the page: the drawing is vector until the canvas, so it is sharp at that size.
import type { DeckImage } from './deck';
import type { ExportEntry } from '../../ui/exportRegistry';
import { svgToPng } from './exportDom';
import { entrySvg, SLIDE_SIZE } from './exportPicture';

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('the picture could not be read'));
    r.readAsDataURL(blob);
  });

export async function mapPicture(
  target: ExportEntry,
  words: { lang: string; title: string; source: string; alt: string },
): Promise<DeckImage | null> {
  const svg = await entrySvg({ ...target, title: words.title }, words);
  if (!svg) return null;
  return {
    data: await dataUrl(await svgToPng(svg, SLIDE_SIZE.width, SLIDE_SIZE.height)),
    ...SLIDE_SIZE,
    alt: words.alt,
  };
}
