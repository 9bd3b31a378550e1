import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHtmlSinks } from './htmlSinks';

// Leaflet writes a string given to bindTooltip, bindPopup, setContent or divIcon({ html }) as HTML, and
// so do innerHTML, outerHTML, insertAdjacentHTML and dangerouslySetInnerHTML: text from the data must
// reach them as a DOM node (textElement in src/ui/dom.ts), never as a string. A constant is fine.

const sinksIn = (code: string) => findHtmlSinks('example.tsx', code).map((f) => f.sink);

describe('HTML sinks in src/', () => {
  it('are given only constant strings or DOM nodes', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => {
      const path = join('src', f);
      return findHtmlSinks(path, readFileSync(path, 'utf8')).map((x) => `${path}:${x.line} ${x.sink}: ${x.code}`);
    });
    expect(found).toEqual([]);
  });
});

describe('the guard', () => {
  it.each([
    ['a string from data to a tooltip', 'layer.bindTooltip(name)', 'bindTooltip'],
    ['a function that returns a string', 'layer.bindTooltip(() => made.name, { direction: "top" })', 'bindTooltip'],
    ['a template with data', 'layer.bindPopup(`<b>${title}</b>`)', 'bindPopup'],
    ['a concatenation', "tip.setContent('<b>' + name + '</b>')", 'setContent'],
    ['an icon built from data', "divIcon({ className: 'x', html: label })", 'divIcon({ html })'],
    ['innerHTML', 'el.innerHTML = text', 'innerHTML'],
    ['outerHTML added to', "el.outerHTML += ''", 'outerHTML'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text)", 'insertAdjacentHTML'],
    [
      'dangerouslySetInnerHTML',
      'const x = <div dangerouslySetInnerHTML={{ __html: text }} />',
      'dangerouslySetInnerHTML',
    ],
    [
      'dangerouslySetInnerHTML from a variable',
      'const x = <div dangerouslySetInnerHTML={html} />',
      'dangerouslySetInnerHTML',
    ],
    ['document.write', 'document.write(text)', 'write'],
    ['a variable holding a string', 'const tip = name; layer.bindTooltip(tip)', 'bindTooltip'],
    ['a cast, which proves nothing', 'layer.bindTooltip(make() as HTMLElement)', 'bindTooltip'],
    [
      'a block body with one string return',
      'layer.bindTooltip(() => { if (a) return textElement("b", a); return a; })',
      'bindTooltip',
    ],
  ])('fails on %s', (_what, code, sink) => {
    expect(sinksIn(code)).toEqual([sink]);
  });

  it.each([
    ['a text element', "layer.bindTooltip(() => textElement('span', made.name))"],
    ['a node proven by satisfies', 'layer.bindTooltip(() => ref.current(layer) satisfies HTMLElement)'],
    ['a constant icon', `divIcon({ className: 'event-marker', html: '<span aria-hidden="true"></span>' })`],
    ['clearing', "el.innerHTML = ''"],
    ['a variable holding a node', "const tip = textElement('b', n); layer.bindPopup(tip)"],
    ['an element made by the document', "layer.bindPopup(document.createElement('div'))"],
    ['a function declared to build a node', 'function tip() { return textElement("b", n); } layer.bindTooltip(tip)'],
    [
      'other calls that share no name',
      'stream.write(text); el.textContent = text; el.setAttribute("title", text); p.toString()',
    ],
  ])('lets %s pass', (_what, code) => {
    expect(sinksIn(code)).toEqual([]);
  });
});
