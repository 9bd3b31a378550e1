import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv([
      ['year', 'value'],
      [2024, 1.5],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('year,value\r\n2024,1.5\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', null, undefined, true]]).slice(1)).toBe(
      '"a,b","say ""hi""","two\nlines",,,true\r\n',
    );
  });

  it('keeps Japanese text as it is', () => {
    expect(toCsv([['日本の拠出', '110億円']]).slice(1)).toBe('日本の拠出,110億円\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv([['=SUM(A1)', '+1', '@x', -5]]).slice(1)).toBe("'=SUM(A1),'+1,'@x,-5\r\n");
  });
});
