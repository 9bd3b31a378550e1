// Table and CSV twins of the series charts. A table is wide (a row per year, a column per series, a dash
// for a gap); the CSV is long (a row per figure, with its qualifier, flags and sources) so that every
// number can be traced back.
import { citedSources, type Selection } from '../../domain/selection';
import type { CsvCell } from '../../domain/csv';
import type { Placed } from '../../domain/series';
import type { Activity, Conflict, Dataset, Series, Source, YearBasis } from '../../domain/types';
import { bracketed, formatDate, joinWords } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { TableModel } from './ChartTable';
import { qualified } from './pointText';
import { conflictsFor, spanOf, type Layer } from './seriesData';

/** Sources in the order the figures cite them, so tables can refer to them as [1], [2]… */
export function orderedSources(ids: string[], all: Map<string, Source>): Source[] {
  const out = new Map<string, Source>();
  for (const id of ids) {
    const s = all.get(id);
    if (s && !out.has(id)) out.set(id, s);
  }
  return [...out.values()];
}

/** The sources and conflicts of a figure that draws activities beside its series (the series' first). */
export function withActivities(
  data: Dataset,
  series: { sources: Source[]; conflicts: Conflict[]; srcMap: Map<string, Source> },
  activities: Activity[],
): { sources: Source[]; conflicts: Conflict[] } {
  const cited = activities.flatMap((a) => a.sources.map((s) => s.id));
  return {
    sources: orderedSources([...series.sources.map((s) => s.id), ...cited], series.srcMap),
    conflicts: [
      ...series.conflicts,
      ...conflictsFor(
        data,
        activities.map((a) => a.id),
      ),
    ],
  };
}

/** orderedSources of the selection's citations. */
export function activitySources(sel: Selection, all: Map<string, Source>): Source[] {
  return citedSources(sel).flatMap((id) => {
    const s = all.get(id);
    return s ? [s] : [];
  });
}

interface Ctx {
  basis: YearBasis;
  lang: Lang;
  t: Translate;
  /** the figure's numbered sources */
  sources: Source[];
  title: (s: Series) => string;
}

const FLOWS = new Set(['annual', 'budget', 'request']);

/** A panel as a table. With a yearly amount in it, every year from the first to the last figure is listed
 * and a gap shows as "—"; a panel of snapshots (cumulative totals, targets) lists only the years stated. */
export function seriesTable(
  id: string,
  caption: string,
  layers: Layer[],
  { basis, lang, t, sources, title }: Ctx,
): TableModel {
  const ref = (sid: string) => sources.findIndex((s) => s.id === sid) + 1;
  const text = (p: Placed, unit: Series['unit']) => {
    const flags = [
      p.point.derived && t('timeline.flag.derived'),
      p.shifted && t('timeline.flag.shifted'),
      p.point.kind === 'target' && t('timeline.kind.target'),
    ];
    const shown = flags.filter((f): f is string => typeof f === 'string');
    const refs = p.point.sources.map((s) => `[${ref(s.id)}]`).join('');
    return `${p.conflict ? '≠ ' : ''}${qualified(p.point, unit, lang, t)}${shown.length ? bracketed(joinWords(shown, lang), lang) : ''} ${refs}`;
  };
  const [lo, hi] = spanOf(layers.flatMap((l) => l.placed));
  const yearly = layers.some((l) => l.placed.some((p) => FLOWS.has(p.point.kind)));
  const rows: TableModel['rows'] = [];
  for (let year = lo; year <= hi; year += 1) {
    const cells = layers.map((l) => {
      const own = l.placed.filter((p) => p.year === year);
      return {
        text: own.length ? own.map((p) => text(p, l.series.unit)).join(' / ') : '—',
        raw: own.length ? own.map((p) => p.point.value).join(' | ') : null,
      };
    });
    if (!yearly && cells.every((c) => c.raw === null)) continue;
    rows.push({
      key: String(year),
      head: { text: formatDate(String(year), lang, basis === 'jp-fiscal'), raw: year },
      cells,
    });
  }
  const yearCol = t(basis === 'jp-fiscal' ? 'timeline.fiscalYear' : 'timeline.year');
  return {
    id,
    caption,
    columns: [yearCol, ...layers.map((l) => title(l.series))],
    rows,
    note: t(yearly ? 'timeline.table.gapNote' : 'timeline.table.snapshotNote'),
  };
}

/** One CSV row per figure. Header names are stable field names (a data format, not UI text). */
export function pointsCsv(layers: Layer[], all: Map<string, Source>, title: (s: Series) => string): CsvCell[][] {
  const head = [
    'series',
    'title',
    'year',
    'date',
    'year_basis',
    'value',
    'unit',
    'kind',
    'basis',
    'qualifier',
    'derived',
    'year_shifted',
    'conflict',
    'note',
    'source_ids',
    'source_urls',
  ];
  const rows = layers.flatMap((l) =>
    l.placed.map((p) => [
      l.series.id,
      title(l.series),
      p.year,
      p.point.date,
      p.point.yearBasis,
      p.point.value,
      l.series.unit,
      p.point.kind,
      p.point.basis,
      p.point.qualifier ?? '',
      p.point.derived === true,
      p.shifted,
      p.conflict,
      p.point.note ?? '',
      p.point.sources.map((x) => x.id).join(' '),
      p.point.sources.map((x) => all.get(x.id)?.url ?? '').join(' '),
    ]),
  );
  return [head, ...rows];
}
