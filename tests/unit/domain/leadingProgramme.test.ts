import { describe, expect, it } from 'vitest';
import { leadingProgramme, TIED } from '../../../src/domain/leadingProgramme';

describe('leadingProgramme', () => {
  it('is the programme with the most activities in the country', () => {
    const counts = new Map([
      ['ip-utilisation', 3],
      ['digital-innovation', 6],
      ['jica', 1],
    ]);
    expect(leadingProgramme(counts)).toEqual({ id: 'digital-innovation', ids: ['digital-innovation'] });
  });

  it('is a tie, naming every programme that shares the most, when two or more do', () => {
    const counts = new Map([
      ['jica', 2],
      ['fund', 1],
      ['human-resources', 2],
    ]);
    expect(leadingProgramme(counts)).toEqual({ id: TIED, ids: ['jica', 'human-resources'] });
  });

  it('is the one programme a country has', () => {
    expect(leadingProgramme(new Map([['fund', 1]]))).toEqual({ id: 'fund', ids: ['fund'] });
  });

  it('is null for a country without activities of its own', () => {
    expect(leadingProgramme(new Map())).toBeNull();
    expect(leadingProgramme(new Map([['fund', 0]]))).toBeNull();
  });
});
