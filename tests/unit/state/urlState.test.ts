import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parse, serialise } from '../../../src/state/urlState';

describe('URL state', () => {
  it('leaves defaults out: the default view has an empty query string', () => {
    expect(serialise(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips a full view', () => {
    const q =
      '?from=2021&to=2024&prog=digital-innovation,ip-utilisation&partner=WIPO&group=ARIPO&fy=1&country=ZWE&measure=programmes&chart=sme&lang=ja&slide=3';
    expect(serialise(parse(q))).toBe(q);
  });

  it('falls back to defaults for junk', () => {
    expect(parse('?from=banana&to=99999&country=Zimbabwe&measure=x&lang=fr&slide=-1&partner=UN')).toEqual(
      DEFAULT_STATE,
    );
  });

  it('swaps a reversed year range and normalises case', () => {
    expect(parse('?from=2024&to=2020&country=zwe&partner=jica')).toMatchObject({
      from: 2020,
      to: 2024,
      country: 'ZWE',
      partner: 'JICA',
    });
  });

  it('keeps a shared story as its base64url text and drops anything else', () => {
    expect(parse('?slide=2&story=eyJ2ZXJzaW9uIjoxfQ')).toMatchObject({ slide: 2, story: 'eyJ2ZXJzaW9uIjoxfQ' });
    expect(serialise(parse('?slide=2&story=eyJ2ZXJzaW9uIjoxfQ'))).toBe('?slide=2&story=eyJ2ZXJzaW9uIjoxfQ');
    for (const junk of ['', 'a b', 'abc=', '<script>', 'z1.', 'Z1.abc', 'z1.a.b', 'x'.repeat(200_001)])
      expect(parse(`?story=${encodeURIComponent(junk)}`).story).toBeNull();
  });

  it('keeps a compressed story with its version prefix, and a later form for the data boundary to name', () => {
    for (const story of ['z1.q1YqSy0qzszPU7JSMlTSUcpJLElNzsjMS1WyqkaqBQA', 'z2.abc', 'x'.repeat(8000)])
      expect(serialise(parse(`?story=${story}`))).toBe(`?story=${story}`);
  });

  it('never throws and always yields a state that serialises and parses back to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const s = parse(junk);
        expect(parse(serialise(s))).toEqual(s);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'from',
            'to',
            'prog',
            'type',
            'partner',
            'group',
            'fy',
            'country',
            'measure',
            'chart',
            'lang',
            'slide',
            'story',
          ),
          fc.string(),
        ),
        (params) => {
          const s = parse(new URLSearchParams(params).toString());
          expect(parse(serialise(s))).toEqual(s);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
