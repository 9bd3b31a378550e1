import { beforeAll, describe, expect, it } from 'vitest';
import { activityRows, CSV_COLUMNS } from '../../../src/domain/activitiesCsv';
import { translator } from '../../../src/i18n/messages';
import { publisherName } from '../../../src/i18n/format';
import { loadFromDisk, type DiskData } from '../../../scripts/pptx/storyDeck';

let disk: DiskData;
beforeAll(async () => {
  disk = await loadFromDisk();
});

describe('the activities CSV', () => {
  it('heads its columns in the reader’s language', () => {
    const data = disk.story.data;
    const some = data.activities.slice(0, 2);
    const ja = translator('ja');
    const [head] = activityRows(some, data, 'ja', { header: (c) => ja(`briefing.csv.${c}`) });
    expect(head).toEqual([
      'ID',
      '日付',
      '名称',
      'プログラム',
      '活動の種類',
      '連携先',
      '国',
      '地域機関',
      '開催地',
      '概要',
      '出典',
    ]);
    const en = translator('en');
    expect(activityRows(some, data, 'en', { header: (c) => en(`briefing.csv.${c}`) })[0]).toEqual([...CSV_COLUMNS]);
    expect(activityRows(some, data, 'ja')[0]).toEqual([...CSV_COLUMNS]);
  });
});

describe('publisher names', () => {
  it('are official Japanese names in Japanese where the data has one, English otherwise', () => {
    const jpo = disk.story.data.sources.find((s) => s.id === 'jpo-cooperation-page');
    expect(jpo && publisherName(jpo, 'ja')).toBe('特許庁');
    expect(jpo && publisherName(jpo, 'en')).toBe('Japan Patent Office (JPO)');
    const wiki = disk.story.data.sources.find((s) => s.publisher === 'Wikipedia');
    expect(wiki && publisherName(wiki, 'ja')).toBe('Wikipedia');
  });
});
