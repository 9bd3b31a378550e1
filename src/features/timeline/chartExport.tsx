import { createContext, createElement, useContext, useLayoutEffect } from 'react';
import type { Placed } from '../../domain/series';
import type { Source } from '../../domain/types';
import { publisherName } from '../../i18n/format';
import type { Lang } from '../../state/urlState';
import { useExportEntry, type ExportContent, type ExportLegendItem, type SwatchShape } from '../../ui/exportRegistry';

/** What a figure (ChartFigure) gives the charts in it for their exports: its title, and the legend that
 * reads for all of them (how to read the marks), filled in by that legend as it renders. */
export interface FigureExport {
  title: string;
  legend: () => ExportLegendItem[];
  setLegend: (items: ExportLegendItem[]) => void;
  /** the line naming the publishers of the figure's sources (or of these), for under the picture */
  credit: (publishers?: string[]) => string | undefined;
}

export const FigureContext = createContext<FigureExport | null>(null);

/** A legend for the whole figure: its items go into the export of each of the figure's charts. */
export function useFigureLegend(items: ExportLegendItem[]): void {
  const figure = useContext(FigureContext);
  useLayoutEffect(() => {
    figure?.setLegend(items);
  });
}

/** A chart joins the export registry: titled within its figure, its own legend followed by the figure's
 * (unless the figure's legend does not read for it), and its sources named under it (the figure's, unless
 * the chart names the publishers of its own). */
export function useChartExport(
  title: string,
  read: () => ExportContent & { publishers?: string[] },
  figureLegend = true,
): void {
  const figure = useContext(FigureContext);
  const context = figure && figure.title !== title ? figure.title : undefined;
  useExportEntry({ kind: 'chart', title, context }, () => {
    const { publishers, ...e } = read();
    return {
      credit: figure?.credit(publishers),
      ...e,
      legend: figureLegend ? [...e.legend, ...(figure?.legend() ?? [])] : e.legend,
    };
  });
}

/** The publishers of the sources behind some figures, for a chart that shows only part of its figure's. */
export const publishersOf = (placed: Placed[], sources: Map<string, Source>, lang: Lang): string[] =>
  placed.flatMap((p) =>
    p.point.sources.flatMap((r) => {
      const s = sources.get(r.id);
      return s ? publisherName(s, lang) : [];
    }),
  );

/** A swatch drawn from its shapes: the same data the export writes into its file. */
export function Swatch({
  shapes,
  width,
  height,
  className,
}: {
  shapes: readonly SwatchShape[];
  width: number;
  height: number;
  className?: string;
}) {
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className={className}>
      {shapes.map((s, i) => createElement(s.tag, { key: i, ...s.attrs }, s.text))}
    </svg>
  );
}
