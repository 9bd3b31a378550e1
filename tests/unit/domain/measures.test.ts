// The headline measures: one kind per number, nobody counted twice, the records behind every value.
// On the real dataset and on small fixtures whose right answer is obvious.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTypes, isEvent, measures } from '../../../src/domain/measures';
import type { Activity, Figure, Programme } from '../../../src/domain/types';
import { activity, programmes } from '../../fixtures/factories';

const real = {
  activities: (JSON.parse(readFileSync('data/activities.json', 'utf8')) as { activities: Activity[] }).activities,
  programmes: (JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { programmes: Programme[] }).programmes,
};

describe('events', () => {
  const types = eventTypes(real.programmes);
  const events = new Set(real.activities.filter((a) => isEvent(a, types)).map((a) => a.id));

  it('count the dated gatherings the records describe, whatever programme they are filed under', () => {
    for (const id of [
      'asean-ip-register-launch-2023',
      'women-mentoring-forum-santo-domingo-2023-12',
      'women-forum-casablanca-2017-11',
      'youth-show-and-tell-2023-09',
      'asean-ip-register-meeting-jakarta-2024-05',
      'africdeezayn-launch-abuja-2024',
      'cdip33-side-event-2024',
      'fund-30th-anniversary-forum-2018',
      'fund-africa-10th-anniversary-2018',
      'youth-teaching-workshop-2021-06',
      'jica-vietnam-enforcement-training-2013',
    ]) {
      expect(events.has(id), id).toBe(true);
    }
  });

  it('leave out strands, projects, milestones and records dated by year alone', () => {
    for (const id of [
      'expert-dispatch-asia-pacific',
      'africdeezayn-app-2022',
      'digitalisation-mwi-2021',
      'fund-renamed-global-2019',
      'fund-contribution-increase-2013',
      'wipo-case-brunei-2014',
      'strategic-ip-assist-indonesia-2024-06',
      'ipmc-arab-fy2023',
      'mip-yaounde-promotion-8-2018',
      'tisc-programme-wipo',
      'asean-ip-portal-2013',
    ]) {
      expect(events.has(id), id).toBe(false);
    }
  });
});

describe('measures on a fixture whose right answer is plain', () => {
  const fig = (kind: Figure['kind'], value: number, over: Partial<Figure> = {}): Figure => ({ kind, value, ...over });
  // One class counted twice (enrolled 25, graduated 26), a conference and the mentees chosen from it,
  // a seminar counted in attendances, a clinic, and a related WIPO event with no fund link.
  const rows: Activity[] = [
    activity({
      id: 'class',
      start: '2018-01',
      figures: [
        fig('students', 25, { partOf: [{ activity: 'class', figure: 'grads' }] }),
        fig('graduates', 26, { id: 'grads' }),
      ],
    }),
    activity({
      id: 'conference',
      start: '2023-05',
      figures: [fig('participants', 100, { id: 'all', qualifier: 'more-than' })],
    }),
    activity({
      id: 'mentoring',
      start: '2023',
      type: 'sme-support',
      figures: [fig('participants', 30, { partOf: [{ activity: 'conference', figure: 'all' }] })],
    }),
    activity({ id: 'seminar', start: '2024-03', figures: [fig('attendances', 200, { qualifier: 'more-than' })] }),
    activity({ id: 'online', start: '2022-09', figures: [fig('participants', 120, { qualifier: 'about' })] }),
    activity({ id: 'clinic', start: '2024-09', type: 'sme-support', figures: [fig('enterprises', 50)] }),
    activity({
      id: 'capped',
      start: '2024-10',
      type: 'sme-support',
      figures: [fig('enterprises', 20, { qualifier: 'up-to' })],
    }),
    activity({ id: 'related', start: '2021-11', funding: 'context', figures: [fig('participants', 950)] }),
    activity({ id: 'strand', start: '2013', status: { state: 'ongoing', year: 2025 } }),
  ];
  const m = measures(rows, programmes);

  it('counts a class once, however many times its sources count it', () => {
    expect(m.learners).toMatchObject({ value: 26, qualifier: 'at-least', activities: ['class'] });
    expect(m.learners.excluded).toEqual([{ activity: 'class', figure: 0, reason: 'part-of' }]);
  });

  it('does not add the mentees to the conference they were chosen from, nor attendances to people', () => {
    expect(m.participants.value).toBe(220);
    expect(m.participants.activities).toEqual(['conference', 'online']);
    expect(m.participants.qualifier).toBe('about');
  });

  it('counts the part when the whole is not among the records asked about', () => {
    const alone = measures(
      rows.filter((a) => a.id !== 'conference'),
      programmes,
    );
    expect(alone.participants).toMatchObject({ value: 150, activities: ['mentoring', 'online'] });
  });

  it('never adds an upper bound to a lower bound, nor kinds to each other', () => {
    expect(m.enterprises).toMatchObject({ value: 50, activities: ['clinic'] });
    expect(m.enterprises.excluded).toEqual([{ activity: 'capped', figure: 0, reason: 'upper-bound' }]);
    expect(m.trainees.value).toBe(0);
  });

  it('leaves context records out unless asked for them', () => {
    expect(m.events.activities).toEqual(['class', 'conference', 'seminar', 'online', 'clinic', 'capped']);
    const all = measures(rows, programmes, { includeContext: true });
    expect(all.participants.value).toBe(1170);
    expect(all.events.value).toBe(7);
  });
});

describe('measures on the real dataset', () => {
  const m = measures(real.activities, real.programmes);
  const figureOf = (id: string, kind: Figure['kind']) =>
    real.activities.find((a) => a.id === id)?.figures?.filter((f) => f.kind === kind) ?? [];

  it('count every student and graduate once: 276 documented, not the 353 of adding every figure', () => {
    const naive = real.activities
      .filter((a) => a.funding !== 'context')
      .flatMap((a) => a.figures ?? [])
      .filter((f) => f.kind === 'students' || f.kind === 'graduates')
      .reduce((n, f) => n + f.value, 0);
    expect(naive).toBe(276 + 40 + 25 + 12);
    expect(m.learners.value).toBe(276);
    expect(m.learners.excluded.map((x) => x.activity)).toEqual([
      'mip-au-first-graduates-2010',
      'mip-yaounde-promotion-8-2018',
      'mip-au-edition-17-2025',
    ]);
  });

  it('keep the Kigali mentees and the INPI attendances out of participants', () => {
    expect(m.participants.activities).toContain('kigali-women-agribusiness-2023');
    expect(m.participants.activities).not.toContain('kigali-follow-up-mentoring-2023');
    expect(m.participants.activities).not.toContain('inpi-madrid-seminar-2024-03');
    expect(figureOf('inpi-madrid-seminar-2024-03', 'attendances')).toHaveLength(1);
    expect(m.participants.qualifier).toBe('about');
  });

  it('add the JPO training records only when context is asked for, and its examiners only once', () => {
    expect(m.trainees).toMatchObject({ value: 15 + 18 + 4, qualifier: 'at-least' });
    const all = measures(real.activities, real.programmes, { includeContext: true });
    expect(all.trainees).toMatchObject({ value: 37 + 250 + 300 + 4, qualifier: 'about' });
    expect(all.trainees.excluded).toEqual([{ activity: 'jpo-examiner-training-fy2017', figure: 0, reason: 'part-of' }]);
  });

  it('count only the enterprises a source documents, a lower bound', () => {
    expect(m.enterprises).toMatchObject({ value: 50, qualifier: 'at-least', activities: ['ipmc-thailand-2024-09'] });
  });

  it('name, for every value, records that exist and whose figures add up to it', () => {
    const byId = new Map(real.activities.map((a) => [a.id, a]));
    for (const [id, kinds] of [
      ['participants', ['participants']],
      ['learners', ['students', 'graduates']],
      ['trainees', ['trainees']],
      ['enterprises', ['enterprises']],
    ] as const) {
      const measure = m[id];
      const excluded = new Set(measure.excluded.map((x) => `${x.activity}#${x.figure}`));
      const sum = measure.activities
        .flatMap((aid) => (byId.get(aid)?.figures ?? []).map((f, i) => ({ f, key: `${aid}#${i}` })))
        .filter(({ f, key }) => (kinds as readonly string[]).includes(f.kind) && !excluded.has(key))
        .reduce((n, { f }) => n + f.value, 0);
      expect(sum, id).toBe(measure.value);
      expect(
        measure.activities.every((aid) => byId.get(aid)?.funding !== 'context'),
        id,
      ).toBe(true);
    }
  });
});
