import { useMemo } from 'react';
import type { Dataset, Series, YearBasis } from '../../domain/types';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { TableModel } from './ChartTable';
import { conflictsFor, panelsOf, placedOf, sourceIds, sourceMap } from './seriesData';
import { orderedSources, pointsCsv, seriesTable } from './seriesTable';

/** Everything a figure of series panels needs: the panels, the numbered sources, one table per panel and
 * a CSV of every figure (each panel finds its own years: SeriesGrid). `wanted` must be a module constant. */
export function useSeriesFigure<K extends string>(
  data: Dataset,
  basis: YearBasis,
  wanted: readonly { key: K; ids: readonly string[] }[],
) {
  const { t, lang } = useLocale();
  const text = useText();
  const base = useMemo(() => {
    const panels = panelsOf(data, wanted, basis);
    const placed = placedOf(panels);
    const srcMap = sourceMap(data);
    const conflicts = conflictsFor(
      data,
      panels.flatMap((p) => p.layers.map((l) => l.series.id)),
    );
    return {
      panels,
      placed,
      srcMap,
      conflicts,
      sources: orderedSources(sourceIds(placed), srcMap),
    };
  }, [data, wanted, basis]);
  const title = (s: Series) => text(s.title).text;
  const tables = (label: (k: K) => string): TableModel[] =>
    base.panels.map((p) =>
      seriesTable(p.key, t('timeline.tableCaption', { title: label(p.key) }), p.layers, {
        basis,
        lang,
        t,
        sources: base.sources,
        title,
      }),
    );
  const csv = pointsCsv(
    base.panels.flatMap((p) => p.layers),
    base.srcMap,
    title,
  );
  // `series`: the figure's own panels, sources and conflicts, one object for as long as they stay the same.
  return { ...base, series: base, basis, tables, csv };
}
