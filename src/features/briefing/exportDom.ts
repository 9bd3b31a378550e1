// Takes the map or a chart off the page as SVG, without any html2canvas-like library: Leaflet draws the
// countries as SVG paths and Recharts draws SVG, so a clone with its computed styles written in is the
// picture. PNG comes from drawing that SVG on a canvas (an Image from a blob: URL, then canvas.toBlob).
// The drawings come from the export registry (src/ui/exportRegistry.tsx): nothing here looks for them.
import type { Picture } from './exportSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';
// What CSS can set on SVG and a standalone file would lose: written into each clone as attributes.
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const DROP = ['tabindex', 'role', 'focusable', 'class', 'style'];

function inline(original: Element, clone: Element) {
  const cs = getComputedStyle(original);
  if (cs.display === 'none' || cs.visibility === 'hidden') {
    clone.remove();
    return;
  }
  for (const a of [...clone.attributes])
    if (DROP.includes(a.name) || a.name.startsWith('aria-') || a.name.startsWith('data-'))
      clone.removeAttribute(a.name);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && v !== 'normal' && v !== 'auto') clone.setAttribute(p, v.replace(/url\("?(#[^")]+)"?\)/, 'url($1)'));
  }
  const kids = [...original.children];
  const cloneKids = [...clone.children];
  kids.forEach((k, i) => {
    const ck = cloneKids[i];
    if (ck) inline(k, ck);
  });
}

/** The <pattern>s and gradients some markup refers to, copied from wherever they live in the page. */
export function referencedDefs(markup: string): string {
  const ids = new Set([...markup.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1] ?? ''));
  const ser = new XMLSerializer();
  return [...ids]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null && el.namespaceURI === SVG_NS)
    .map((el) => ser.serializeToString(el))
    .join('');
}

/** The visible part of an SVG: all of it, or (the map) the frame's window onto a larger, shifted drawing. */
function visibleBox(svg: SVGSVGElement, frame?: HTMLElement): [number, number, number, number] {
  const r = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const box: [number, number, number, number] =
    vb && vb.width > 0 ? [vb.x, vb.y, vb.width, vb.height] : [0, 0, r.width, r.height];
  if (!frame || r.width === 0) return box;
  const f = frame.getBoundingClientRect();
  const k = box[2] / r.width;
  return [box[0] + (f.left - r.left) * k, box[1] + (f.top - r.top) * k, f.width * k, f.height * k];
}

/** An SVG element's content with its computed styles written in, serialised. */
function serialiseStyled(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  const ser = new XMLSerializer();
  return [...clone.childNodes].map((c) => ser.serializeToString(c)).join('');
}

/** A drawing on the page as a picture: its visible part, and what lies behind it in its frame. */
export function capturePicture(svg: SVGSVGElement, frame?: HTMLElement): Picture {
  const bg = frame ? getComputedStyle(frame).backgroundColor : null;
  return {
    markup: serialiseStyled(svg),
    viewBox: visibleBox(svg, frame),
    background: bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : null,
    clip: frame !== undefined,
  };
}

export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
