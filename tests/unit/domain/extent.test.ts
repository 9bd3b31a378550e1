import { describe, expect, it } from 'vitest';
import { dataExtent } from '../../../src/domain/extent';

describe('dataExtent', () => {
  it('starts at the first selected year with a figure and names the empty years before it', () => {
    expect(dataExtent([2021, 2017, 2023], [1987, 2027])).toEqual({ span: [2017, 2023], before: [1987, 2016] });
  });

  it('starts at the first selected year when that year has a figure: no gap to name', () => {
    expect(dataExtent([1987, 1997, 2024], [1987, 2027])).toEqual({ span: [1987, 2024], before: null });
  });

  it('reads only the selected years', () => {
    expect(dataExtent([1987, 1997, 2013, 2024], [1990, 2020])).toEqual({ span: [1997, 2013], before: [1990, 1996] });
    expect(dataExtent([2013, 2024], [2013, 2013])).toEqual({ span: [2013, 2013], before: null });
  });

  it('runs on to the last selected year for counts whose empty years are zeros', () => {
    expect(dataExtent([2013, 2023], [1987, 2027], true)).toEqual({ span: [2013, 2027], before: [1987, 2012] });
  });

  it('names no gap when every year is selected', () => {
    expect(dataExtent([2021, 2023], [-Infinity, Infinity])).toEqual({ span: [2021, 2023], before: null });
  });

  it('is null when no figure falls within the selected years (nor any at all)', () => {
    expect(dataExtent([2021, 2023], [1987, 2020])).toBeNull();
    expect(dataExtent([], [1987, 2027])).toBeNull();
  });

  it('takes fractional positions and repeated years alike', () => {
    expect(dataExtent([2019, 2019, 2018], [2018, 2020])).toEqual({ span: [2018, 2019], before: null });
  });
});
