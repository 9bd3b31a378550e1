// What a slide's map frames: the spotlight country with its neighbours, a region, the countries reached.
import { describe, expect, it } from 'vitest';
import { mainBox } from '../../../src/domain/geometry';
import { subjectFocus, unionBox } from '../../../src/features/map/subject';
import { square } from '../../fixtures/geometry';

const at = (lon: number, lat: number, size: number) => square('X', 'X', 'X', lon, lat, size);
const shapes = new Map([
  ['AAA', at(0, 0, 5)],
  ['BBB', at(10, 0, 5)],
  ['FAR', at(-170, -40, 5)],
  ['EAST', at(160, 40, 5)],
]);
const world = unionBox([...shapes.values()].map((s) => mainBox(s.geometry)));

describe('subjectFocus', () => {
  it('fits the spotlight country three times its size, so its neighbours show', () => {
    if (!world) throw new Error('no world');
    const f = subjectFocus(shapes, world, 'AAA', new Set(), []);
    const own = mainBox(at(0, 0, 5).geometry);
    expect(f.how).toBe('fit');
    if (f.how !== 'fit') return;
    expect(f.box.x1 - f.box.x0).toBeCloseTo(3 * (own.x1 - own.x0));
    expect(f.box.x0).toBeLessThan(own.x0);
    expect(f.box.x1).toBeGreaterThan(own.x1);
  });

  it('fits the region filtered on, else the countries the view reaches', () => {
    if (!world) throw new Error('no world');
    const region = subjectFocus(shapes, world, null, new Set(['AAA', 'BBB']), ['AAA']);
    expect(region.how === 'fit' && region.box.x1).toBeGreaterThan(mainBox(at(10, 0, 5).geometry).x1 - 1e-9);
    const reached = subjectFocus(shapes, world, null, new Set(), ['AAA']);
    expect(reached.how === 'fit' && reached.box.x1).toBeLessThan(mainBox(at(10, 0, 5).geometry).x0);
  });

  it('shows the world when the subject spans nearly all of it, or names nothing it knows', () => {
    if (!world) throw new Error('no world');
    expect(subjectFocus(shapes, world, null, new Set(), ['FAR', 'EAST']).how).toBe('world');
    expect(subjectFocus(shapes, world, 'XXX', new Set(), []).how).toBe('world');
  });
});
