// The headline measures: one kind per number, nobody counted twice, the records behind every value.
// On the real dataset and on small fixtures whose right answer is obvious.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTypes, isEvent } from '../../../src/domain/measures';
import type { Activity, Programme } from '../../../src/domain/types';

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
    ]) {
      expect(events.has(id), id).toBe(false);
    }
  });
});
