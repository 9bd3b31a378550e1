// CSV for the "download CSV" buttons: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so
// that Excel opens Japanese text correctly.
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  // A text cell starting with = + - @ would run as a formula in a spreadsheet: neutralise it.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows (the first is usually the header) as one CSV text, BOM included. */
export function toCsv(rows: CsvCell[][]): string {
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
