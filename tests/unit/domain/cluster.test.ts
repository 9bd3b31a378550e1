import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../../src/domain/cluster';

describe('clusterPoints', () => {
  it('joins points closer than the radius and keeps far ones apart', () => {
    const pts = [
      { x: 0, y: 0, item: 'harare' },
      { x: 10, y: 5, item: 'mutare' },
      { x: 100, y: 0, item: 'kigali' },
    ];
    expect(clusterPoints(pts, 28).map((c) => c.map((p) => p.item))).toEqual([['harare', 'mutare'], ['kigali']]);
  });
});
