// The export registry: the map and each chart join it with what an export needs (their drawing, title,
// legend, source line and, for charts, their figures as numbers); the export menu lists and reads what
// has joined. Features never look into each other's DOM, and a renamed class breaks nothing.
import { createContext, useContext, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { PointBasis, YearBasis } from '../domain/types';

/** One shape of a legend swatch, as SVG. Attribute names are React's (strokeWidth): the same data draws
 * the swatch on screen and in the exported file. */
export interface SwatchShape {
  tag: 'circle' | 'rect' | 'path' | 'line' | 'text';
  attrs: Record<string, string | number | undefined>;
  text?: string;
}

export interface ExportLegendItem {
  label: string;
  /** a square of this colour: a CSS colour, or url(#id) of a pattern on the page */
  colour?: string;
  /** or the swatch as drawn on screen */
  icon?: { viewBox: [number, number, number, number]; shapes: readonly SwatchShape[] };
}

/** A series as numbers, for a native chart (PowerPoint) or a table. `years[i]` holds `values[i]`; null
 * is a year without a figure (a gap, never zero). */
export interface ExportSeries {
  name: string;
  unit: string;
  basis: YearBasis;
  colour: string;
  /** line: yearly flows joined; marks: figures that stand alone; bar: stacked yearly counts;
   * step: a running count that holds until the next figure */
  style: 'line' | 'marks' | 'bar' | 'step';
  /** positions on the year axis (fractional for figures of a given date) */
  years: number[];
  values: (number | null)[];
  /** what the figures are (budget, actual, converted, press estimate, target), when they are all one */
  pointBasis?: PointBasis;
}

export interface ExportSize {
  width: number;
  height: number;
}

export interface ExportPicture {
  svg: SVGSVGElement;
  /** to call once the drawing has been read: a drawing made for the export is then taken away */
  release?: () => void;
}

/** What the export menu lists: given on every render (cheap), so the menu follows a change of language. */
export interface ExportLabel {
  kind: 'map' | 'chart';
  /** the picture's own heading, and the figure it belongs to when that says more */
  title: string;
  context?: string;
}

/** What an export reads: worked out only when an export asks for it. */
export interface ExportContent {
  /** the drawing: the one on screen, or one laid out anew at `size` (CSS pixels) for the export */
  picture: (size: ExportSize) => Promise<ExportPicture | null>;
  /** the map's window on screen: its box is the part of the drawing shown, its background lies behind
   * the drawing, and a printed page keeps its size */
  frame?: HTMLElement;
  /** what the value axis counts, in words */
  axisLabel?: string;
  legendTitle?: string;
  legend: ExportLegendItem[];
  /** a line under the source line: the map's geometry credit, a chart's sources */
  credit?: string;
  series?: ExportSeries[];
  /** resolves once the drawing has stopped changing (the map: no move under way); absent = always */
  settled?: () => Promise<void>;
}

export type ExportEntry = ExportLabel & ExportContent;

/** An entry on the page: its label, and how to read the rest. */
export interface ExportItem extends ExportLabel {
  key: string;
  read: () => ExportEntry | null;
}

export interface ExportRegistry {
  /** every entry on the page now, in the order they joined; a new array whenever that changes */
  items(): readonly ExportItem[];
  /** called when an entry joins, leaves or is retitled */
  subscribe(listener: () => void): () => void;
}

interface Joined {
  label: ExportLabel;
  read: () => ExportContent | null;
}

interface Store extends ExportRegistry {
  /** adds or updates an entry (notifying only when its label changed) */
  put(key: string, joined: Joined): void;
  leave(key: string): void;
}

const sameLabel = (a: ExportLabel, b: ExportLabel) =>
  a.kind === b.kind && a.title === b.title && a.context === b.context;

function createStore(): Store {
  const joined = new Map<string, Joined>();
  const listeners = new Set<() => void>();
  let items: readonly ExportItem[] = [];
  const changed = () => {
    items = [...joined].map(([key, { label }]) => ({
      ...label,
      key,
      // Whatever joined under this key last, read now.
      read: () => {
        const j = joined.get(key);
        const content = j?.read();
        return j && content ? { ...content, ...j.label } : null;
      },
    }));
    listeners.forEach((l) => l());
  };
  return {
    put(key, next) {
      const was = joined.get(key);
      joined.set(key, next);
      if (!was || !sameLabel(was.label, next.label)) changed();
    },
    leave(key) {
      if (joined.delete(key)) changed();
    },
    items: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const RegistryContext = createContext<Store | null>(null);

export function ExportRegistryProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createStore);
  return <RegistryContext value={store}>{children}</RegistryContext>;
}

/** The registry, for the export menu (null outside a provider). */
export const useExportRegistry = (): ExportRegistry | null => useContext(RegistryContext);

/**
 * Joins the registry for as long as the component is mounted. `read` is called only when an export
 * reads the entry, with the latest render's values: nothing is worked out on a filter change.
 */
export function useExportEntry(label: ExportLabel, read: () => ExportContent | null): void {
  const registry = useContext(RegistryContext);
  const key = useId();
  const { kind, title, context } = label;
  const latest = useRef(read);
  useLayoutEffect(() => {
    latest.current = read;
  });
  useLayoutEffect(() => {
    registry?.put(key, { label: { kind, title, context }, read: () => latest.current() });
  }, [registry, key, kind, title, context]);
  useLayoutEffect(() => () => registry?.leave(key), [registry, key]);
}
