import { seriesColour } from '../../domain/palette';
import { idsIn, type Selection } from '../../domain/selection';
import { placePoints, type Placed } from '../../domain/series';
import type { Conflict, Dataset, Series, Source, YearBasis } from '../../domain/types';
import type { ChartSize } from './chartSize';

export const sourceMap = (data: Dataset): Map<string, Source> => new Map(data.sources.map((s) => [s.id, s]));

/** The props of a figure of series panels that needs only the data. */
export interface SeriesChartProps {
  data: Dataset;
  basis: YearBasis;
  /** the selected years: each panel starts at its first figure within them */
  years?: [number, number];
  size?: ChartSize;
}

/** One series drawn in a panel. */
export interface Layer {
  series: Series;
  placed: Placed[];
  colour: string;
}

export interface PanelData<K extends string = string> {
  key: K;
  layers: Layer[];
}

/** The series a chart asks for, placed on the year axis. A series missing from the data is left out, and
 * a panel left with none is dropped (the chart then says it has no figures). */
export function panelsOf<K extends string>(
  data: Dataset,
  wanted: readonly { key: K; ids: readonly string[] }[],
  basis: YearBasis,
): PanelData<K>[] {
  const out: PanelData<K>[] = [];
  for (const w of wanted) {
    const layers: Layer[] = [];
    for (const id of w.ids) {
      const series = data.series.find((s) => s.id === id);
      if (series)
        layers.push({
          series,
          placed: placePoints(series, basis),
          // The first layer takes the accent; further layers (parts, other sources) contrast with it.
          colour: seriesColour(layers.length),
        });
    }
    if (layers.length) out.push({ key: w.key, layers });
  }
  return out;
}

export const placedOf = (panels: PanelData[]): Placed[] => panels.flatMap((p) => p.layers.flatMap((l) => l.placed));

/** First and last year of the figures. */
export function spanOf(placed: Placed[]): [number, number] {
  const years = placed.map((x) => x.year);
  return years.length ? [Math.min(...years), Math.max(...years)] : [0, 0];
}

export const sourceIds = (placed: Placed[]) => placed.flatMap((p) => p.point.sources.map((s) => s.id));

/** The disagreements recorded in conflicts.json that concern any of these series or activity ids. */
export const conflictsFor = (data: Dataset, ids: Iterable<string>): Conflict[] => {
  const wanted = new Set(ids);
  return data.conflicts.filter((c) => c.concerns.some((id) => wanted.has(id)));
};

/** conflictsFor over a selection: looks up the few ids that conflicts name, not every activity. */
export const conflictsForActivities = (data: Dataset, sel: Selection): Conflict[] =>
  conflictsFor(
    data,
    idsIn(
      sel,
      data.conflicts.flatMap((c) => c.concerns),
    ),
  );
