import { describe, expect, it } from 'vitest';
import { composeSvg, esc, pictureRoom, shapesMarkup, type Composition } from '../../../src/features/briefing/exportSvg';

const HOSTILE = '<img src=x onerror="alert(1)"> & <svg onload=alert(2)>';

const parts: Omit<Composition, 'picture' | 'defs'> = {
  width: 1920,
  height: 1080,
  lang: 'en',
  title: 'Activities by year',
  subtitle: 'All programmes',
  axisLabel: 'Activities',
  legend: [
    { label: 'Support for IP utilisation', colour: '#0072B2' },
    { label: 'hollow: approximate', icon: { viewBox: [0, 0, 22, 14], shapes: [{ tag: 'circle', attrs: { r: 5 } }] } },
  ],
  source: 'Source: IP Cooperation Atlas',
};

/** The attributes of the first nested <svg> (the picture) in a composed file. */
const pictureBox = (svg: string) => {
  const tag = /<svg x="[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(tag)?.[1]);
  return { x: num('x'), y: num('y'), width: num('width'), height: num('height') };
};

describe('composeSvg', () => {
  it('fills the room with a chart laid out for it, and writes the axis label above it', () => {
    const room = pictureRoom(parts);
    const svg = composeSvg({
      ...parts,
      picture: {
        markup: '<rect width="10" height="10"/>',
        viewBox: [0, 0, room.w / 2, room.h / 2],
        background: null,
        clip: false,
      },
      defs: '',
    });
    expect(pictureBox(svg)).toEqual({ x: room.x, y: room.y, width: room.w, height: room.h });
    expect(room.w).toBe(1800);
    // The unit of the value axis, just above the picture's top left corner.
    const label = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>Activities<\/text>/.exec(svg);
    expect(Number(label?.[1])).toBe(room.x);
    expect(Number(label?.[2])).toBeLessThan(room.y);
    // A chart's labels may reach past its edge, as on screen; a map's window is cut at its frame.
    expect(svg).toContain('overflow="visible"');
  });

  it('gives the picture less room when the legend takes more lines', () => {
    const many = { ...parts, legend: Array.from({ length: 30 }, (_, i) => ({ label: `Series ${i}`, colour: '#000' })) };
    expect(pictureRoom(many).h).toBeLessThan(pictureRoom(parts).h);
  });

  it('keeps text from the data as text: titles, axis label, legend labels and colours are escaped', () => {
    const svg = composeSvg({
      ...parts,
      title: HOSTILE,
      subtitle: HOSTILE,
      axisLabel: HOSTILE,
      legendTitle: HOSTILE,
      legend: [{ label: HOSTILE, colour: `red" onload="alert(3)` }],
      source: HOSTILE,
      credit: HOSTILE,
      picture: { markup: '', viewBox: [0, 0, 100, 50], background: '"><script>alert(4)</script>', clip: true },
      defs: '',
    });
    // Every element in the file is one the composition writes, and no tag carries an event handler.
    const tags = svg.match(/<[a-z][^>]*>/g) ?? [];
    expect(new Set(tags.map((tag) => /^<([a-z]+)/.exec(tag)?.[1]))).toEqual(
      new Set(['svg', 'title', 'defs', 'rect', 'text']),
    );
    const names = tags.map((tag) => tag.replace(/"[^"]*"/g, '""'));
    expect(names.filter((tag) => /\son[a-z]+=/.test(tag))).toEqual([]);
    expect(svg).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;svg onload=alert(2)&gt;');
    expect(svg).toContain('fill="red&quot; onload=&quot;alert(3)"');
  });

  it('drops characters XML does not allow, so that no data can make the file unreadable', () => {
    expect(esc('a\u0000b\u0008c\u001Fd\uD800e\uFFFEf\tg')).toBe('abcdef\tg');
    expect(esc('日本 🗾')).toBe('日本 🗾');
  });
});

describe('shapesMarkup', () => {
  it("writes a swatch's shapes with SVG's attribute names, escaped", () => {
    expect(
      shapesMarkup([
        { tag: 'circle', attrs: { cx: 9, r: 5, strokeWidth: 2, strokeDasharray: undefined } },
        { tag: 'text', attrs: { x: 15, fontWeight: 700 }, text: '≠ <b>' },
      ]),
    ).toBe('<circle cx="9" r="5" stroke-width="2"></circle><text x="15" font-weight="700">≠ &lt;b&gt;</text>');
  });

  it('never writes an event handler, a foreign element or a broken attribute name', () => {
    const markup = shapesMarkup([
      { tag: 'rect', attrs: { onLoad: 'alert(1)', onclick: 'alert(2)', 'x" y': 1, fill: '#fff' } },
      { tag: 'script' as 'rect', attrs: {}, text: 'alert(3)' },
    ]);
    expect(markup).toBe('<rect fill="#fff"></rect>');
  });
});
