import { useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toCsv, type CsvCell } from '../../domain/csv';
import type { Conflict, Source, YearBasis } from '../../domain/types';
import { formatDate, publisherLang, publisherName, itemSeparator } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { ExportLegendItem } from '../../ui/exportRegistry';
import { LazyDetails } from '../../ui/LazyDetails';
import { SourceLink } from '../../ui/SourceLink';
import { FigureContext } from './chartExport';
import { ChartTable, type TableModel } from './ChartTable';
import { downloadText } from './download';
import './timeline.css';

export interface CsvFile {
  label: string;
  filename: string;
  /** the rows, or how to make them when the file is asked for */
  rows: CsvCell[][] | (() => CsvCell[][]);
}

// A chart that follows every filter change builds its table and CSV only when they are asked for.
const now = <T,>(v: T | (() => T)): T => (typeof v === 'function' ? (v as () => T)() : v);

interface Props {
  title: string;
  /** one sentence: what the chart shows */
  summary: string;
  /** the unit, in words */
  unit: string;
  basis: YearBasis;
  /** every source behind the figure, numbered in this order (tables refer to them as [n]) */
  sources: Source[];
  /** the table twins, or how to make them when the table view is opened */
  tables: TableModel[] | (() => TableModel[]);
  csv: CsvFile[];
  legend?: ReactNode;
  /** the recorded disagreements between sources that concern this figure's data */
  conflicts?: Conflict[];
  /** shown in both views, above the chart or table (statements that must not hide behind a toggle) */
  notes?: ReactNode;
  children: ReactNode;
}

/** Every chart's frame: title, the chart or its table twin, CSV download, and a caption with the unit,
 * the year basis and the numbered sources. */
export function ChartFigure({
  title,
  summary,
  unit,
  basis,
  sources,
  tables,
  csv,
  legend,
  conflicts = [],
  notes,
  children,
}: Props) {
  const { t, lang } = useLocale();
  const text = useText();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  // The charts inside join the export registry under this title, with the figure's legend and a line
  // naming its sources' publishers (read when an export asks: sources change with every filter change).
  const legendSlot = useRef<ExportLegendItem[]>([]);
  const sourcesNow = useRef(sources);
  useLayoutEffect(() => {
    sourcesNow.current = sources;
  });
  const figure = useMemo(
    () => ({
      title,
      legend: () => legendSlot.current,
      setLegend: (items: ExportLegendItem[]) => {
        legendSlot.current = items;
      },
      credit: (publishers = sourcesNow.current.map((s) => publisherName(s, lang))) => {
        const list = [...new Set(publishers)];
        return list.length ? t('timeline.exportSources', { list: list.join(itemSeparator(lang)) }) : undefined;
      },
    }),
    [title, t, lang],
  );
  return (
    <FigureContext value={figure}>
      <figure className="chart-figure" aria-labelledby={titleId}>
        <div className="chart-head">
          <h3 id={titleId}>{title}</h3>
          <div className="chart-actions">
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              {t('timeline.showTable')}
            </button>
            {csv.map((f) => (
              <button key={f.filename} type="button" onClick={() => downloadText(f.filename, toCsv(now(f.rows)))}>
                {csv.length > 1 ? t('timeline.downloadNamed', { name: f.label }) : t('timeline.download')}
              </button>
            ))}
          </div>
        </div>
        {notes}
        {asTable ? (
          now(tables).map((m) => <ChartTable key={m.id} model={m} />)
        ) : (
          <>
            {children}
            {legend}
          </>
        )}
        <figcaption className="chart-caption">
          <p>{summary}</p>
          <p>
            {unit} {t(basis === 'jp-fiscal' ? 'timeline.basis.fiscal' : 'timeline.basis.calendar')}
          </p>
          {conflicts.length > 0 && (
            <LazyDetails className="chart-conflicts" summary={t('timeline.conflicts', { n: conflicts.length })}>
              {() => (
                <ul>
                  {conflicts.map((c) => (
                    <li key={c.id}>
                      <strong>{text(c.topic).text}</strong> {text(c.note).text}
                    </li>
                  ))}
                </ul>
              )}
            </LazyDetails>
          )}
          {sources.length > 0 && (
            <LazyDetails className="chart-sources" summary={t('timeline.sources', { n: sources.length })}>
              {() => (
                <ol>
                  {sources.map((s) => (
                    <li key={s.id}>
                      {/* The register describes every source in English (data/README.md), whatever its
                          language; a publisher with an official Japanese name is named so in Japanese. */}
                      <SourceLink
                        href={s.url}
                        hrefLang={s.language}
                        lang={publisherLang(s, lang) === 'en' ? 'en' : undefined}
                      >
                        {t('timeline.sourceItem', { publisher: publisherName(s, lang), title: s.title })}
                      </SourceLink>{' '}
                      <span className="muted">
                        ({s.date === 'undated' ? t('timeline.undated') : formatDate(s.date, lang)})
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </LazyDetails>
          )}
        </figcaption>
      </figure>
    </FigureContext>
  );
}
