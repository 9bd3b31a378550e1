import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/DataError';
import { parseDataFile } from '../../../src/data/validate';

const file = (url: string) =>
  JSON.stringify({
    sources: [{ id: 'jpo', publisher: 'JPO', title: 'Page', url, date: '2025-04-01', language: 'en' }],
  });

// The first wall: a source's address must be a web address. (SourceLink is the second: it would show
// any other address as text.)
describe('source addresses', () => {
  it('accepts http and https', () => {
    expect(parseDataFile('sources.json', file('https://www.jpo.go.jp/')).sources).toHaveLength(1);
    expect(parseDataFile('sources.json', file('http://www.wipo.int/')).sources).toHaveLength(1);
  });

  it.each(['javascript:window.pwned=1', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])(
    'refuses %s, naming the record and the field',
    (url) => {
      let problems: string[] = [];
      try {
        parseDataFile('sources.json', file(url));
      } catch (e) {
        problems = e instanceof DataError ? e.problems : [];
      }
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^sources\.json › sources\[0\] \(id "jpo"\) › url: .*http\(s\) URL/);
    },
  );
});
