// The picture of an export, composed as one SVG document at slide size (1920×1080): title, subtitle, the
// map or chart itself, its legend and the source line baked in, so the file stands on its own in a deck.
// Pure string work (no DOM): exportDom.ts captures the drawing from the page; the legend comes as data
// from the export registry. Every text and attribute value from data is escaped here.
import type { ExportLegendItem, SwatchShape } from '../../ui/exportRegistry';

export interface Picture {
  /** serialised SVG elements, in the coordinates of viewBox */
  markup: string;
  /** the visible part of the original drawing: x, y, width, height */
  viewBox: [number, number, number, number];
  /** what is behind the drawing on screen (the sea of the map), or null */
  background: string | null;
  /** cut at the viewBox (a window onto a larger drawing), or drawn whole (a chart's labels may reach
   * past its edge, as on screen) */
  clip: boolean;
}

export interface Composition {
  width: number;
  height: number;
  lang: string;
  title: string;
  subtitle?: string;
  /** what the value axis counts, written above the picture */
  axisLabel?: string;
  legendTitle?: string;
  legend: ExportLegendItem[];
  /** the source line, and the geometry's credit under it */
  source: string;
  credit?: string;
  picture: Picture;
  /** serialised <pattern>/<linearGradient>… the picture and the legend icons refer to by url(#id) */
  defs: string;
}

const FONT =
  "system-ui, 'Segoe UI', 'Hiragino Sans', 'Yu Gothic UI', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";
const INK = '#1b1f23';
const MUTED = '#4f5b66';

// Characters XML 1.0 allows; others (control characters, lone surrogates) would make the file unreadable.
const xmlChar = (c: string) => {
  const cp = c.codePointAt(0) ?? 0;
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp > 0xffff
  );
};

/** Text and attribute values for XML: markup characters escaped, and characters XML forbids dropped, so
 * that no data can break the file or add to its markup. */
export function esc(s: string): string {
  return [...s]
    .filter(xmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A rough text width: wide for CJK, about half an em for Latin. Enough to lay out and to truncate. */
export function textWidth(s: string, size: number): number {
  let em = 0;
  // Generous for Latin (bold DejaVu Sans is wide): better a title cut one word early than off the page.
  for (const ch of s)
    em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1.02 : /[A-Z0-9—]/.test(ch) ? 0.74 : ch === ' ' ? 0.34 : 0.62;
  return em * size;
}

export function fit(s: string, size: number, max: number): string {
  if (textWidth(s, size) <= max) return s;
  let out = s;
  while (out.length > 1 && textWidth(`${out}…`, size) > max) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** A swatch is as tall as a line of the legend, and as wide as its drawing's shape. */
const swatchWidth = (item: ExportLegendItem, size: number) =>
  item.icon ? (size * 1.1 * item.icon.viewBox[2]) / item.icon.viewBox[3] : size * 1.1;

/** Lays out the legend in rows that wrap at `max`; returns the rows of [x offset, item]. */
export function legendRows(items: ExportLegendItem[], size: number, max: number): [number, ExportLegendItem][][] {
  const rows: [number, ExportLegendItem][][] = [];
  let row: [number, ExportLegendItem][] = [];
  let x = 0;
  for (const item of items) {
    const w = swatchWidth(item, size) + size * 0.4 + textWidth(item.label, size) + size * 1.4;
    if (row.length > 0 && x + w > max) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push([x, item]);
    x += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

const SHAPES = new Set<string>(['circle', 'rect', 'path', 'line', 'text']);
// React's attribute names (strokeWidth) as SVG's (stroke-width); nothing that could be an event handler.
const attrName = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const safeAttr = (k: string) => /^[a-z][a-z0-9-]*$/.test(k) && !k.startsWith('on');

/** A legend swatch's shapes as SVG markup. */
export function shapesMarkup(shapes: readonly SwatchShape[]): string {
  return shapes
    .filter((s) => SHAPES.has(s.tag))
    .map((s) => {
      const attrs = Object.entries(s.attrs)
        .filter((e): e is [string, string | number] => e[1] !== undefined)
        .map(([k, v]) => [attrName(k), v] as const)
        .filter(([k]) => safeAttr(k))
        .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
        .join('');
      return `<${s.tag}${attrs}>${esc(s.text ?? '')}</${s.tag}>`;
    })
    .join('');
}

/** Where everything goes on the slide: the room left for the picture once the title, the axis label,
 * the legend and the source line have theirs. */
function layout(c: Omit<Composition, 'picture' | 'defs'>) {
  const { width: W, height: H } = c;
  const u = H / 1080;
  const margin = 60 * u;
  const inner = W - 2 * margin;
  const legendSize = 24 * u;
  const rows = legendRows(c.legend, legendSize, inner);
  const legendH = (c.legendTitle ? 36 * u : 0) + rows.length * 40 * u + (rows.length ? 12 * u : 0);
  const footH = c.credit ? 84 * u : 56 * u;
  const top = (c.subtitle ? 164 : 120) * u + (c.axisLabel ? 40 * u : 0);
  const room = { x: margin, y: top, w: inner, h: H - top - legendH - footH - 10 * u };
  return { u, margin, inner, legendSize, rows, room };
}

/** The room for the picture, in slide pixels: a chart laid out anew for the export is given its shape. */
export const pictureRoom = (c: Omit<Composition, 'picture' | 'defs'>) => layout(c).room;

export function composeSvg(c: Composition): string {
  const { width: W, height: H } = c;
  const { u, margin, inner, legendSize, rows, room } = layout(c);
  const [vx, vy, vw, vh] = c.picture.viewBox;
  // A chart laid out for the room (see pictureRoom) fills it. A drawing taken as it is on screen (the map)
  // is enlarged at most 2.4 times, centred: blown up further it looks cartoonish.
  const k = Math.min(room.w / vw, room.h / vh, 2.4);
  const pic = { x: room.x + (room.w - vw * k) / 2, y: room.y + (room.h - vh * k) / 2, w: vw * k, h: vh * k };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${esc(c.lang)}" font-family="${esc(FONT)}">`,
    `<title>${esc(c.title)}</title>`,
    `<defs>${c.defs}</defs>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${n(margin)}" y="${n(86 * u)}" font-size="${n(52 * u)}" font-weight="700" fill="${INK}">${esc(fit(c.title, 52 * u * 1.06, inner))}</text>`,
  );
  if (c.subtitle)
    out.push(
      `<text x="${n(margin)}" y="${n(134 * u)}" font-size="${n(28 * u)}" fill="${MUTED}">${esc(fit(c.subtitle, 28 * u, inner))}</text>`,
    );
  if (c.axisLabel)
    out.push(
      `<text x="${n(pic.x)}" y="${n(pic.y - 14 * u)}" font-size="${n(24 * u)}" fill="${MUTED}">${esc(fit(c.axisLabel, 24 * u, inner))}</text>`,
    );
  out.push(
    `<svg x="${n(pic.x)}" y="${n(pic.y)}" width="${n(pic.w)}" height="${n(pic.h)}" viewBox="${n(vx)} ${n(vy)} ${n(vw)} ${n(vh)}" preserveAspectRatio="xMidYMid meet" overflow="${c.picture.clip ? 'hidden' : 'visible'}">`,
    c.picture.background
      ? `<rect x="${n(vx)}" y="${n(vy)}" width="${n(vw)}" height="${n(vh)}" fill="${esc(c.picture.background)}"/>`
      : '',
    c.picture.markup,
    `</svg>`,
  );
  let y = room.y + room.h + 10 * u;
  if (c.legendTitle) {
    y += 30 * u;
    out.push(
      `<text x="${n(margin)}" y="${n(y)}" font-size="${n(26 * u)}" font-weight="700" fill="${INK}">${esc(c.legendTitle)}</text>`,
    );
    y += 6 * u;
  }
  for (const row of rows) {
    for (const [x, item] of row) {
      const sx = margin + x;
      const sw = swatchWidth(item, legendSize);
      const box = `x="${n(sx)}" y="${n(y + 8 * u)}" width="${n(sw)}" height="${n(legendSize * 1.1)}"`;
      out.push(
        item.icon
          ? `<svg ${box} viewBox="${item.icon.viewBox.map(n).join(' ')}" overflow="visible">${shapesMarkup(item.icon.shapes)}</svg>`
          : `<rect ${box} fill="${esc(item.colour ?? 'none')}" stroke="#6b7780"/>`,
        `<text x="${n(sx + sw + legendSize * 0.4)}" y="${n(y + 8 * u + legendSize * 0.92)}" font-size="${n(legendSize)}" fill="${INK}">${esc(item.label)}</text>`,
      );
    }
    y += 40 * u;
  }
  const sourceY = H - (c.credit ? 50 : 24) * u;
  out.push(
    `<text x="${n(margin)}" y="${n(sourceY)}" font-size="${n(21 * u)}" fill="${MUTED}">${esc(fit(c.source, 21 * u, inner))}</text>`,
  );
  if (c.credit)
    out.push(
      `<text x="${n(margin)}" y="${n(H - 20 * u)}" font-size="${n(18 * u)}" fill="${MUTED}">${esc(fit(c.credit, 18 * u, inner))}</text>`,
    );
  out.push('</svg>');
  return out.join('');
}
