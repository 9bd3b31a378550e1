// The map of the slide on screen as a picture for the deck: its SVG taken off the page with the styles
// written in (exportDom), composed with its legend at 1920×1080 (exportSvg), and drawn on a canvas as PNG.
// Never a screenshot of the page: the drawing is vector until the canvas, so it is sharp at that size.
import type { DeckImage } from './deck';
import { captureLegend, capturePicture, referencedDefs, svgToPng } from './exportDom';
import { composeSvg } from './exportSvg';

const SIZE = { width: 1920, height: 1080 };
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('the picture could not be read'));
    r.readAsDataURL(blob);
  });

/** What the map draws now: where it is, which shapes, in which colours. Equal twice = settled. */
export function mapSignature(root: Element): string | null {
  const container = root.querySelector('.leaflet-container');
  const svg = root.querySelector('.leaflet-overlay-pane svg');
  if (!container || !svg || container.classList.contains('leaflet-zoom-anim')) return null;
  const pane = root.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform ?? '';
  const fills = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill') ?? '').join();
  return `${svg.getAttribute('viewBox')}|${pane}|${fills}`;
}

export async function mapPicture(
  root: Element,
  words: { lang: string; title: string; source: string; alt: string },
): Promise<DeckImage | null> {
  const svg = root.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  if (!svg) return null;
  const picture = capturePicture(svg);
  const legend = captureLegend(root.querySelectorAll('.legend li'));
  const composed = composeSvg({
    ...SIZE,
    lang: words.lang,
    title: words.title,
    legendTitle: text(root.querySelector('.legend-title')) || undefined,
    legend,
    source: words.source,
    credit: text(root.querySelector('.attribution')) || undefined,
    picture,
    defs: referencedDefs(picture.markup + legend.map((l) => l.icon?.markup ?? '').join('')),
  });
  return { data: await dataUrl(await svgToPng(composed, SIZE.width, SIZE.height)), ...SIZE, alt: words.alt };
}
