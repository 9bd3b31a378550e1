// The words of a view in export subtitles and custom slide titles.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeView } from '../../../src/features/briefing/slideText';
import { loadFromDisk, textContext, type DiskData } from '../../../scripts/pptx/storyDeck';

let disk: DiskData;
beforeAll(async () => {
  disk = await loadFromDisk();
});

describe('describeView', () => {
  it('names a single year once, as the filters do', () => {
    expect(describeView({ from: 2023, to: 2023 }, textContext(disk, 'en'))).toBe('All programmes · 2023');
    expect(describeView({ from: 2023, to: 2023 }, textContext(disk, 'ja'))).not.toMatch(/2023.*2023/);
    expect(describeView({ from: 2023, to: 2023, basis: 'jp-fiscal' }, textContext(disk, 'en'))).toMatch(/· FY2023$/);
  });

  it('names a range from its first to its last year', () => {
    expect(describeView({ from: 2015, to: 2024 }, textContext(disk, 'en'))).toMatch(/· 2015–2024$/);
    expect(describeView({ from: 2015, to: 2024 }, textContext(disk, 'ja'))).toMatch(/2015年〜2024年$/);
  });
});
