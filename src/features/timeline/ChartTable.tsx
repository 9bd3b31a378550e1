import type { CsvCell } from '../../domain/csv';

export interface TableCell {
  text: string;
  /** the number (or text) the CSV gets: unformatted */
  raw: CsvCell;
}

export interface TableRow {
  key: string;
  head: TableCell;
  cells: TableCell[];
  /** when set, the row header is a button (select this year / this country) */
  onSelect?: () => void;
  selectLabel?: string;
}

export interface TableModel {
  id: string;
  caption: string;
  columns: string[];
  rows: TableRow[];
  /** a line under the caption: what a dash means, how rows were counted */
  note?: string;
}

/** A chart's text twin: the same numbers, one row per year (or event), readable without the picture. */
export function ChartTable({ model }: { model: TableModel }) {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table">
        <caption>
          {model.caption}
          {model.note && <span className="chart-table-note">{model.note}</span>}
        </caption>
        <thead>
          <tr>
            {model.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.onSelect ? (
                  <button type="button" className="link-button" onClick={r.onSelect} aria-label={r.selectLabel}>
                    {r.head.text}
                  </button>
                ) : (
                  r.head.text
                )}
              </th>
              {r.cells.map((c, i) => (
                <td key={model.columns[i + 1] ?? i}>{c.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The table as CSV rows (header first), with raw numbers rather than formatted text. */
export const tableRows = (m: TableModel): CsvCell[][] => [
  m.columns,
  ...m.rows.map((r) => [r.head.raw, ...r.cells.map((c) => c.raw)]),
];
